// Shared fixture of the core model tests: hand-computable pipeline costs (axon fetch 1, synop 2,
// update active 5 / idle 3, spike out 1 cycle) and a step() that collects the step's outputs.
#pragma once

#include <gtest/gtest.h>

#include <vector>

#include "cores/core_model.h"

namespace nm {

class CoreFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    timing_.axon_fetch_cycles = 1;
    timing_.synop_cycles = 2;
    timing_.neuron_update_active_cycles = 5;
    timing_.neuron_update_idle_cycles = 3;
    timing_.spike_out_cycles = 1;
  }

  // Runs step t of `core` from cycle `start`; its packets, spikes and voltages replace the last.
  CoreStepResult step(NeuroCore& core, std::uint64_t t, Cycle start) {
    packets_.clear();
    spikes_.clear();
    voltages_.clear();
    return core.run_step(t, start, packets_, spikes_, voltages_);
  }

  CoreTiming timing_;
  std::vector<OutgoingSpike> packets_;
  std::vector<SpikeRecord> spikes_;
  std::vector<VoltageSample> voltages_;
};

}  // namespace nm
