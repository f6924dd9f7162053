#!/usr/bin/python3
"""The speed suite (run it through bench/run_all.sh, which installs and builds first).

  /usr/bin/python3 bench/speed.py [--quick] [--only chip,noc,idle,truenorth] [--out bench/results]

chip: networks in the golden CSV format (bench/gen_net.py, seeded), each run by NeuroMesh
      (`neuromesh run loihi`, cycle-accurate, event mode) and by Brian2 standalone
      (../shared/bench/brian2_peer.py) in the same run; both rasters must hash the same.
noc:  `neuromesh noc` uniform traffic on 8x8, 32x32 and 64x64 meshes at a low and a high load.
idle: a 64x64 chip that advances 1e6 cycles with nothing to do.
truenorth: Merolla's benchmark on the full 4096-core TrueNorth chip, a few ticks.
Writes OUT/speed.md (the table), OUT/speed.csv and OUT/raw/ (every report and peer output).
Loop times are CPU seconds of the simulation loop alone (std::clock on both sides), since the
machine is shared; peak RSS is the process's (Brian2's includes its Python front end).
"""
import argparse, csv, hashlib, json, os, platform, re, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEUROMESH = os.path.join(ROOT, 'build', 'apps', 'neuromesh')
PEER = os.path.normpath(os.path.join(ROOT, '..', 'shared', 'bench', 'brian2_peer.py'))
if not os.path.exists(PEER):
    PEER = '/work/shared/bench/brian2_peer.py'

# A Loihi chip holds 7M synapses at most (1 Mbit per core / 19 bits per synapse x 128 cores), so
# the 100k net (10M synapses) runs on two Loihi chips side by side (a 16x4 mesh of tiles whose
# middle links are inter-chip links); every other parameter is the loihi preset's.
TWO_CHIPS = ['chip.mesh_width=16', 'noc.chip_boundary_every_x=8']
CHIP_NETS = [
    # name, neurons, fan-out, window (0: uniform), steps, quick steps, extra --set
    ('net1k', 1000, 100, 0, 500, 200, []),
    ('net10k', 10000, 100, 2000, 500, 100, []),
    ('net100k', 100000, 100, 2000, 100, 0, TWO_CHIPS),
    # Full chip: 128 cores x 1024 neurons; 50 synapses per neuron fill the synapse memory.
    ('loihi_full_chip', 131072, 50, 2000, 100, 0, []),
]
# NoC benches: 1 core per router and one-cycle hops and links (the usual Noxim/BookSim setup),
# the rest of the loihi preset's NoC (16-flit buffers, XY, round robin, two physical networks).
NOC_BASE = ['chip.cores_per_tile=1', 'noc.hop_east_west_ps=100', 'noc.hop_north_south_ps=100',
            'noc.local_delivery_ps=100', 'noc.link_cycles_per_flit=1']
NOC_RUNS = [  # mesh side, rate [packets/node/cycle], cycles, quick cycles, NoC timing
    (8, 0.01, 200000, 20000, 'one-cycle'), (8, 0.2, 50000, 5000, 'one-cycle'),
    (32, 0.001, 200000, 20000, 'one-cycle'), (32, 0.01, 20000, 2000, 'one-cycle'),
    (32, 0.05, 5000, 500, 'one-cycle'),
    (64, 0.01, 5000, 500, 'one-cycle'), (64, 0.02, 2000, 200, 'one-cycle'),
    # The loihi preset's own NoC timing (41/65-cycle hops, 3 cycles per flit), 1 core per tile.
    (32, 0.01, 20000, 2000, 'loihi'),
]
NOC_TIMING = {'one-cycle': NOC_BASE, 'loihi': ['chip.cores_per_tile=1']}
NOXIM_32, BOOKSIM_32 = 470.0, 940.0  # quoted in issue 9 (32x32, low load), not measured here


def run(cmd, stdout_path):
    """Runs cmd with stdout to a file; returns (exit code, peak RSS [bytes], stderr text)."""
    with open(stdout_path, 'w') as out, open(stdout_path + '.err', 'w') as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
    with open(stdout_path + '.err') as f:
        err_text = f.read()
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024, err_text


def sets(pairs):
    return [x for s in pairs for x in ('--set', s)]


def gen_net(nets_dir, name, n, fanout, window):
    d = os.path.join(nets_dir, name)
    want = dict(N=n, fanout=fanout, seed=1, window=window)
    meta = os.path.join(d, 'meta.json')
    if os.path.exists(meta):
        with open(meta) as f:
            have = json.load(f)
        if all(have.get(k) == v for k, v in want.items()):
            return d
    print(f'  generating {name} ({n} neurons, fan-out {fanout}, window {window})', flush=True)
    subprocess.run(['/usr/bin/python3', os.path.join(ROOT, 'bench', 'gen_net.py'), d, '--N', str(n),
                    '--fanout', str(fanout), '--seed', '1', '--window', str(window)], check=True)
    return d


def sha256(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def chip_bench(name, net_dir, steps, extra, raw):
    out_dir = os.path.join(raw, name + '_nm')
    code, rss, err = run([NEUROMESH, 'run', 'loihi', os.path.join(net_dir, 'network.yaml'),
                          '--steps', str(steps), '--out', out_dir, '--format', 'json'] + sets(extra),
                         os.path.join(raw, name + '_nm.json'))
    if code != 0:
        raise SystemExit(f'neuromesh failed on {name}: {err}')
    with open(os.path.join(raw, name + '_nm.json')) as f:
        rep = json.load(f)
    nm_sha = sha256(os.path.join(out_dir, 'spikes_net.csv'))
    code, b2_rss, err = run(['/usr/bin/python3', PEER, net_dir, '--steps', str(steps),
                             '--mode', 'standalone'], os.path.join(raw, name + '_brian2.json'))
    if code != 0:
        raise SystemExit(f'brian2_peer.py failed on {name}: {err}')
    with open(os.path.join(raw, name + '_brian2.json')) as f:
        b2 = json.loads(f.read().strip().splitlines()[-1])
    n = rep['network']['neurons']
    loop = rep['host']['cpu_seconds']
    routers = rep['chip']['mesh_width'] * rep['chip']['mesh_height']
    cycles = rep['time']['total_cycles']
    syn = rep['counts']['synaptic_ops']
    nm = dict(loop_s=loop, steps_per_s=steps / loop, syn_events_per_s=syn / loop,
              neuron_updates_per_s=n * steps / loop, router_cycles_per_s=routers * cycles / loop,
              peak_rss_mb=rss / 2**20)
    bl = b2['loop_cpu_s']
    peer = dict(loop_s=bl, steps_per_s=steps / bl, syn_events_per_s=b2['syn_events'] / bl,
                neuron_updates_per_s=n * steps / bl, router_cycles_per_s=None,
                peak_rss_mb=b2_rss / 2**20)
    return dict(name=name, neurons=n, synapses=rep['network']['synapses'], steps=steps,
                cores=rep['mapping']['cores_used'], mesh=f"{rep['chip']['mesh_width']}x{rep['chip']['mesh_height']}",
                spikes=rep['counts']['neuron_spikes'], syn_events=syn, b2_syn_events=b2['syn_events'],
                same_spikes=nm_sha == b2['spikes_sha256'], sha256=nm_sha,
                syn_bytes_per_synapse=rep['host']['synapse_memory_bytes_per_synapse'],
                wall_s=rep['host']['wall_seconds'], nm=nm, peer=peer, extra=extra)


def noc_bench(side, rate, cycles, timing, raw):
    name = f'noc_{side}x{side}_rate{rate}_{timing}'
    cmd = [NEUROMESH, 'noc', 'loihi', '--traffic', 'uniform', '--rate', str(rate),
           '--cycles', str(cycles), '--warmup', str(cycles // 10)]
    cmd += sets(NOC_TIMING[timing] + [f'chip.mesh_width={side}', f'chip.mesh_height={side}'])
    code, rss, err = run(cmd, os.path.join(raw, name + '.txt'))
    if code != 0:
        raise SystemExit(f'neuromesh noc failed ({name}): {err}')
    with open(os.path.join(raw, name + '.txt')) as f:
        text = f.read()
    val = lambda key: re.search(re.escape(key) + r'\s+([0-9.]+)', text).group(1)
    cpu = float(re.search(r'host time / CPU time\s+[0-9.]+ s / ([0-9.]+) s', text).group(1))
    drained = int(val('drained at cycle'))
    return dict(name=name, side=side, rate=rate, cycles=cycles, timing=timing, drained_cycle=drained,
                accepted=float(val('accepted throughput')), offered=float(val('offered throughput')),
                evaluations=int(val('router evaluations')), cpu_s=cpu,
                cycles_per_s=drained / cpu if cpu > 0 else float('inf'), peak_rss_mb=rss / 2**20)


def idle_bench(raw, net_dir):
    """A 64x64-tile loihi chip (one core per tile) whose one neuron never spikes, for enough steps
    to pass 1e6 cycles: the normal `run` path (SystemC, step controller, barrier)."""
    name = 'idle_64x64_chip'
    pairs = ['chip.mesh_width=64', 'chip.mesh_height=64', 'chip.cores_per_tile=1']
    out_dir = os.path.join(raw, name)
    steps = 250
    code, rss, err = run([NEUROMESH, 'run', 'loihi', os.path.join(net_dir, 'network.yaml'), '--steps',
                          str(steps), '--out', out_dir, '--format', 'json'] + sets(pairs),
                         os.path.join(raw, name + '.json'))
    if code != 0:
        raise SystemExit(f'neuromesh failed on the idle chip: {err}')
    with open(os.path.join(raw, name + '.json')) as f:
        rep = json.load(f)
    cpu = rep['host']['cpu_seconds']
    return dict(name=name, steps=steps, cycles=rep['time']['total_cycles'], cpu_s=cpu,
                wall_s=rep['host']['wall_seconds'], spikes=rep['counts']['neuron_spikes'],
                peak_rss_mb=rss / 2**20)


def idle_net(nets_dir):
    d = os.path.join(nets_dir, 'idle1')
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'neurons.csv'), 'w') as f:
        f.write('id,du,dv,vth,bias_mant,bias_exp,u0,v0\n0,0,0,300,0,0,0,0\n')
    with open(os.path.join(d, 'network.yaml'), 'w') as f:
        f.write('name: idle1\npopulations:\n  - name: net\n    size: 1\n    model: loihi_lif\n'
                '    params_file: neurons.csv\nrecord:\n  spikes: [net]\n')
    return d


def fmt(x, digits=3):
    if x is None:
        return '-'
    if isinstance(x, float):
        return f'{x:.{digits}g}' if abs(x) < 1e4 else f'{x:.3e}'
    return str(x)


def machine():
    model = ''
    try:
        out = subprocess.run(['lscpu'], capture_output=True, text=True).stdout
        model = re.search(r'Model name:\s+(.*)', out).group(1).strip()
    except Exception:
        pass
    return f'{os.cpu_count()} CPUs (nproc), {model}, {platform.system()} {platform.release()}'


def write_tables(out, chip, noc, idle, started, truenorth=None):
    metrics = [('loop time [s]', 'loop_s'), ('simulated steps/s', 'steps_per_s'),
               ('synaptic events/s', 'syn_events_per_s'), ('neuron updates/s', 'neuron_updates_per_s'),
               ('router-cycles/s', 'router_cycles_per_s'), ('peak RSS [MB]', 'peak_rss_mb')]
    rows = []
    md = [f'# Speed suite results ({started})', '', f'Machine: {machine()}.', '',
          'Loop times are CPU seconds of the simulation loop (std::clock, both sides). '
          'Ratio = NeuroMesh / Brian2.', '']
    for c in chip:
        md += [f"## {c['name']}: {c['neurons']} neurons, {c['synapses']} synapses, {c['steps']} steps, "
               f"{c['cores']} cores on a {c['mesh']} mesh" + (f" (--set {' '.join(c['extra'])})" if c['extra'] else ''),
               '', f"spikes {c['spikes']}, synaptic events {c['syn_events']} (Brian2 {c['b2_syn_events']}), "
               f"same spikes as Brian2 (sha256): {'yes' if c['same_spikes'] else 'NO'}, "
               f"synapse memory {c['syn_bytes_per_synapse']:.2f} bytes/synapse, "
               f"NeuroMesh loop wall time {c['wall_s']:.3f} s", '',
               '| metric | NeuroMesh | Brian2 standalone | ratio |', '|---|---|---|---|']
        for label, key in metrics:
            a, b = c['nm'][key], c['peer'][key]
            ratio = a / b if a is not None and b else None
            md.append(f'| {label} | {fmt(a)} | {fmt(b)} | {fmt(ratio)} |')
            rows.append(dict(bench=c['name'], metric=key, neuromesh=a, peer=b, ratio=ratio))
        rows.append(dict(bench=c['name'], metric='same_spikes', neuromesh=c['same_spikes'], peer='', ratio=''))
        rows.append(dict(bench=c['name'], metric='synapse_bytes_per_synapse',
                         neuromesh=c['syn_bytes_per_synapse'], peer='', ratio=''))
        md.append('')
    if noc:
        md += ['## NoC alone: uniform traffic, 1 core per router (`neuromesh noc`, plain event driver)', '',
               'Timing one-cycle: hops, links and local delivery of one cycle (as Noxim/BookSim set-ups); '
               'loihi: the preset\'s 41/65-cycle hops and 3 cycles per flit.', '',
               '| mesh | timing | rate [packets/node/cycle] | offered / accepted [flits/node/cycle] | cycles '
               '| router evaluations | CPU [s] | simulated cycles/s | vs Noxim 470 | vs BookSim2 940 |',
               '|---|---|---|---|---|---|---|---|---|---|']
        for r in noc:
            md.append(f"| {r['side']}x{r['side']} | {r['timing']} | {r['rate']} | {r['offered']:.4f} / {r['accepted']:.4f} "
                      f"| {r['drained_cycle']} | {r['evaluations']} | {r['cpu_s']:.3f} | {fmt(r['cycles_per_s'])} "
                      f"| {fmt(r['cycles_per_s'] / NOXIM_32)} | {fmt(r['cycles_per_s'] / BOOKSIM_32)} |")
            rows.append(dict(bench=r['name'], metric='cycles_per_s', neuromesh=r['cycles_per_s'], peer='', ratio=''))
        md += ['', 'Noxim and BookSim2 figures are the 32x32 low-load rates quoted in issue 9, not '
               'measured on this machine; the ratio columns only apply to the 32x32 rows.', '']
    if idle:
        md += ['## Idle 64x64 chip (one core per tile, one silent neuron, `neuromesh run`)', '',
               f"{idle['steps']} steps, {idle['cycles']} cycles, {idle['spikes']} spikes: CPU {idle['cpu_s']:.3f} s "
               f"(wall {idle['wall_s']:.3f} s), {fmt(idle['cycles'] / max(idle['cpu_s'], 1e-9))} cycles/s, "
               f"peak RSS {idle['peak_rss_mb']:.0f} MB", '']
        rows.append(dict(bench=idle['name'], metric='cpu_s', neuromesh=idle['cpu_s'], peer='', ratio=''))
    if truenorth:
        t = truenorth
        md += [f"## TrueNorth full chip ({t['cores']} cores, Merolla's benchmark, `merolla_bench`)", '',
               f"{t['steps']} ticks, {t['syn_events']:.4g} synaptic events, mean rate {t['rate_hz']:.3g} Hz: "
               f"CPU {t['cpu_s']:.3f} s (wall {t['wall_s']:.3f} s), {fmt(t['ticks_per_s'])} simulated ticks/s, "
               f"{fmt(t['syn_events_per_s'])} synaptic events/s, peak RSS {t['peak_rss_mb']:.0f} MB", '']
        rows.append(dict(bench=t['name'], metric='ticks_per_s', neuromesh=t['ticks_per_s'], peer='', ratio=''))
        rows.append(dict(bench=t['name'], metric='syn_events_per_s', neuromesh=t['syn_events_per_s'],
                         peer='', ratio=''))
        rows.append(dict(bench=t['name'], metric='peak_rss_mb', neuromesh=t['peak_rss_mb'], peer='', ratio=''))
    with open(os.path.join(out, 'speed.md'), 'w') as f:
        f.write('\n'.join(md))
    with open(os.path.join(out, 'speed.csv'), 'w', newline='') as f:
        w = csv.DictWriter(f, fieldnames=['bench', 'metric', 'neuromesh', 'peer', 'ratio'])
        w.writeheader()
        w.writerows(rows)
    print('\n'.join(md))


# TrueNorth full chip (issue 7): Merolla 2014's power benchmark on all 4096 cores of the
# `truenorth` preset (bench/truenorth/merolla_bench, docs/validation.md), a few ticks only (about
# 2.4 s of CPU per tick): steps, quick steps, merolla_bench options.
TRUENORTH_FULL_CHIP = (5, 2, ['--leak', '4', '--threshold', '7', '--neg-threshold', '7'])
MEROLLA = os.path.join(ROOT, 'build', 'bench', 'truenorth', 'merolla_bench')


def truenorth_bench(raw, steps, options):
    """Simulated ticks, synaptic events per CPU second of the simulation loop, and peak RSS."""
    path = os.path.join(raw, 'truenorth_full_chip.json')
    code, rss, err = run([MEROLLA, '--steps', str(steps)] + options, path)
    if code != 0:
        raise SystemExit(f'merolla_bench failed: {err}')
    with open(path) as f:
        rep = json.load(f)
    cpu = rep['host_simulation_cpu_seconds']
    syn = rep['synaptic_events_per_second'] * rep['simulated_seconds']  # events in the run
    return dict(name='truenorth_full_chip', cores=rep['cores'], steps=steps, cpu_s=cpu,
                wall_s=rep['host_simulation_seconds'], syn_events=syn,
                ticks_per_s=steps / cpu, syn_events_per_s=syn / cpu,
                rate_hz=rep['mean_rate_hz'], peak_rss_mb=rss / 2**20)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--quick', action='store_true', help='fewer steps and cycles; no 100k or full-chip net')
    p.add_argument('--only', default='chip,noc,idle,truenorth')
    p.add_argument('--nets', default='', help='comma-separated subset of the chip nets')
    p.add_argument('--out', default=os.path.join(ROOT, 'bench', 'results'))
    a = p.parse_args()
    only = set(a.only.split(','))
    raw = os.path.join(a.out, 'raw')
    nets_dir = os.path.join(a.out, 'nets')
    os.makedirs(raw, exist_ok=True)
    started = time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())
    chip, noc, idle = [], [], None
    if 'chip' in only:
        for name, n, fanout, window, steps, quick_steps, extra in CHIP_NETS:
            if a.nets and name not in a.nets.split(','):
                continue
            s = quick_steps if a.quick else steps
            if s == 0:
                continue
            print(f'chip bench {name}: {s} steps', flush=True)
            chip.append(chip_bench(name, gen_net(nets_dir, name, n, fanout, window), s, extra, raw))
    if 'noc' in only:
        for side, rate, cycles, quick_cycles, timing in NOC_RUNS:
            print(f'noc bench {side}x{side} rate {rate} ({timing})', flush=True)
            noc.append(noc_bench(side, rate, quick_cycles if a.quick else cycles, timing, raw))
    if 'idle' in only:
        print('idle bench', flush=True)
        idle = idle_bench(raw, idle_net(nets_dir))
    truenorth = None
    if 'truenorth' in only:
        steps, quick_steps, options = TRUENORTH_FULL_CHIP
        print('truenorth full chip', flush=True)
        truenorth = truenorth_bench(raw, quick_steps if a.quick else steps, options)
    write_tables(a.out, chip, noc, idle, started, truenorth)
    return 0 if all(c['same_spikes'] for c in chip) else 1


if __name__ == '__main__':
    sys.exit(main())
