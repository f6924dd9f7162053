#include "cores/core_module.h"

#include <algorithm>

namespace nm {

CoreModule::CoreModule(sc_core::sc_module_name name, const sc_core::sc_event& step_start,
                       const CycleClock& clock, std::function<CoreStepResult(CoreModule&)> run_step,
                       std::function<void(const CoreStepResult&)> on_done)
    : sc_core::sc_module(name),
      clock_(clock),
      run_step_(std::move(run_step)),
      on_done_(std::move(on_done)) {
  SC_METHOD(on_step);
  sensitive << step_start;
  dont_initialize();
  SC_METHOD(replay_traces);
  sensitive << trace_event_;
  dont_initialize();
}

void CoreModule::trace_neuron(sc_core::sc_trace_file* tf, NeuronId n, const std::string& label,
                              bool spikes, bool voltage) {
  TracedNeuron& t = traced_[n];
  const std::string base = std::string(name()) + "." + label;
  // Created after elaboration (top level): flat unique names; the VCD uses the dotted trace name.
  std::string flat = base;
  std::replace(flat.begin(), flat.end(), '.', '_');
  if (spikes) {
    t.spike = std::make_unique<sc_core::sc_signal<bool>>((flat + "_spike").c_str());
    sc_core::sc_trace(tf, *t.spike, base + ".spike");
  }
  if (voltage) {
    t.v = std::make_unique<sc_core::sc_signal<std::int32_t>>((flat + "_v").c_str());
    sc_core::sc_trace(tf, *t.v, base + ".v");
  }
}

void CoreModule::on_step() {
  const CoreStepResult r = run_step_(*this);
  on_done_(r);
}

void CoreModule::schedule_trace(const std::vector<SpikeRecord>& spikes,
                                const std::vector<VoltageSample>& voltages) {
  if (traced_.empty()) return;
  for (const SpikeRecord& s : spikes) {
    auto it = traced_.find(s.neuron);
    if (it == traced_.end() || !it->second.spike) continue;
    pending_.insert({s.cycle, {s.neuron, 1, 1}});
    pending_.insert({s.cycle + 1, {s.neuron, 0, 0}});
  }
  for (const VoltageSample& v : voltages) {
    auto it = traced_.find(v.neuron);
    if (it == traced_.end() || !it->second.v) continue;
    pending_.insert({v.cycle, {v.neuron, 2, v.v}});
  }
  if (!pending_.empty()) trace_event_.notify(clock_.until(pending_.begin()->first));
}

void CoreModule::replay_traces() {
  const Cycle now = clock_.now();
  while (!pending_.empty() && pending_.begin()->first <= now) {
    const PendingWrite w = pending_.begin()->second;
    pending_.erase(pending_.begin());
    TracedNeuron& t = traced_[w.neuron];
    if (w.kind == 2) {
      t.v->write(w.value);
    } else {
      t.spike->write(w.kind == 1);
    }
  }
  if (!pending_.empty()) trace_event_.notify(clock_.until(pending_.begin()->first));
}

}  // namespace nm
