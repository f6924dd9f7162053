// The SystemC face of one NeuroCore: an SC_METHOD woken by the chip's step-start event. It runs
// the core's whole step at once (the pipeline model fixes every completion cycle in advance),
// then tells the step controller it is done. When tracing, it replays the step's recorded spikes
// and membrane potentials onto sc_signals at the cycles the pipeline computed, so the VCD shows
// them when they happen. Named by place: chip.tile_X_Y.core_K.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <systemc>
#include <vector>

#include "common/cycle_clock_sc.h"
#include "cores/core_model.h"

namespace nm {

class CoreModule : public sc_core::sc_module {
 public:
  SC_HAS_PROCESS(CoreModule);
  // `run_step` runs the core's step at the current cycle and returns its result; the chip wires
  // it to ChipModel::run_core. `on_done` is called right after, with the result.
  CoreModule(sc_core::sc_module_name name, const sc_core::sc_event& step_start,
             const CycleClock& clock, std::function<CoreStepResult(CoreModule&)> run_step,
             std::function<void(const CoreStepResult&)> on_done);

  // Traces neuron `n` (a spike pulse and/or its membrane potential v) under this core's scope.
  void trace_neuron(sc_core::sc_trace_file* tf, NeuronId n, const std::string& label,
                    bool spikes, bool voltage);
  // Queues the step's recorded activity for replay onto the traced signals.
  void schedule_trace(const std::vector<SpikeRecord>& spikes,
                      const std::vector<VoltageSample>& voltages);

 private:
  struct TracedNeuron {
    std::unique_ptr<sc_core::sc_signal<bool>> spike;
    std::unique_ptr<sc_core::sc_signal<std::int32_t>> v;
  };
  struct PendingWrite {
    NeuronId neuron;
    int kind;  // 0: spike off, 1: spike on, 2: voltage
    std::int32_t value;
  };
  void on_step();
  void replay_traces();

  const CycleClock& clock_;
  std::function<CoreStepResult(CoreModule&)> run_step_;
  std::function<void(const CoreStepResult&)> on_done_;
  std::map<NeuronId, TracedNeuron> traced_;
  std::multimap<Cycle, PendingWrite> pending_;
  sc_core::sc_event trace_event_;
};

}  // namespace nm
