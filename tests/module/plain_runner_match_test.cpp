// The plain chip runner against the SystemC run: same network, seed and steps give the same
// spikes, counts, cycles and energy, whether the plain run goes in one phase or several.
#include <gtest/gtest.h>

#include <map>

#include "hw_model/energy_model.h"
#include "hw_model/plain_chip_runner.h"
#include "hw_model/simulation.h"
#include "tiny_network.h"

namespace nm::test {
namespace {

// 16 Poisson inputs onto 8 LIF neurons with recurrent inhibition, spread over several cores.
SnnNetwork poisson_network() {
  Population in;
  in.name = "in";
  in.size = 16;
  in.model = Population::Model::SpikeSource;
  in.source.kind = SpikeSourceSpec::Kind::Poisson;
  in.source.probability_per_step.assign(16, 0.2);
  in.source.seed = 11;
  in.record_spikes = true;
  LifParams p;
  p.du = 2048;
  p.dv = 256;
  p.vth = 40;
  p.refractory_steps = 2;
  std::vector<Synapse> syn;
  for (NeuronId i = 0; i < 16; ++i)
    for (NeuronId j = 16; j < 24; ++j)
      if ((i + j) % 3 != 0) syn.push_back({i, j, 20 + static_cast<std::int32_t>(i), j % 2});
  for (NeuronId i = 16; i < 24; ++i)
    for (NeuronId j = 16; j < 24; ++j)
      if (i != j) syn.push_back({i, j, -15, 0});
  return make_network({in, lif_population("out", 8, p)}, syn, /*neurons_per_core=*/4);
}

TEST(PlainChipRunner, MatchesTheSystemCRunInSpikesCyclesAndEnergy) {
  const ArchParams arch = tiny_arch();
  const SnnNetwork net = poisson_network();
  const Mapping m = map_sequential(net, arch.core.capacity, arch.chip.cores());
  RunOptions o;
  o.steps = 40;
  o.seed = 5;
  const SimulationResult sc = simulate(arch, net, m, o);

  PlainChipRunner plain(arch, net, m, 5);
  plain.run(15);
  plain.run(25);
  const SimulationResult pr = plain.totals();

  std::vector<std::uint32_t> sc_counts(net.neuron_count(), 0);
  for (const RecordedSpike& s : sc.spikes) ++sc_counts[s.neuron];
  EXPECT_EQ(plain.spike_counts(), sc_counts);
  ASSERT_GT(sc.cores.neuron_spikes, 0u);  // the comparison is not trivially empty
  EXPECT_EQ(pr.total_cycles, sc.total_cycles);
  EXPECT_EQ(pr.cores.synops, sc.cores.synops);
  EXPECT_EQ(pr.cores.packets_out, sc.cores.packets_out);
  EXPECT_EQ(pr.routers.flits_east_west + pr.routers.flits_north_south,
            sc.routers.flits_east_west + sc.routers.flits_north_south);
  EXPECT_DOUBLE_EQ(compute_energy(arch, pr).total_pj(), compute_energy(arch, sc).total_pj());
}

}  // namespace
}  // namespace nm::test
