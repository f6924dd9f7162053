// The chip as plain C++: every core's model, the mesh, and the glue between them (a core's
// packets go into the mesh; a delivered flit lands on its core's input axon). It also keeps
// the recorded spikes and voltages. Time is advanced by someone else: the SystemC chip module
// in a normal run, or a plain loop in tests.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cores/core_model.h"
#include "hw_model/arch_params.h"
#include "hw_model/noc_routes.h"
#include "noc/mesh.h"

namespace nm {

struct RecordedSpike {
  std::uint64_t step;
  NeuronId neuron;
  Cycle cycle;
};

// Hierarchical name of core k: "chip.tile_X_Y.core_K" (seeds its PRNG, names its module).
std::string core_name(const ArchParams& arch, CoreId k);

// One learning phase of the whole chip (docs/learning.md section 6).
struct LearningPhaseResult {
  Cycle end_cycle = 0;                // start + the slowest core's learning cycles [cycle]
  std::uint64_t synapse_updates = 0;  // summed over cores [count]
  bool epoch_end = false;             // some core ended an epoch at this step
};

// A plastic synapse's current state, in network terms.
struct PlasticSynapseState {
  std::uint32_t projection = 0;  // index into SnnNetwork::projections
  NeuronId pre = 0, post = 0;    // global neuron ids
  std::int32_t weight = 0;       // weight mantissa
  std::uint32_t delay = 0;       // [steps]
  std::int32_t tag = 0;
};

class ChipModel : public DeliverySink {
 public:
  ChipModel(const ArchParams& arch, std::vector<CoreImage> images);
  // Any core family (core_engine.h), built by the caller (hw_model/core_family.h), one per core.
  ChipModel(const ArchParams& arch, std::vector<std::unique_ptr<CoreEngine>> cores);

  const ArchParams& arch() const { return arch_; }
  std::uint32_t core_count() const { return static_cast<std::uint32_t>(cores_.size()); }
  CoreEngine& core(CoreId k) { return *cores_[k]; }
  const CoreEngine& core(CoreId k) const { return *cores_[k]; }
  Mesh& mesh() { return mesh_; }
  const Mesh& mesh() const { return mesh_; }

  // Runs core k's step t from `start` and injects its packets into the mesh: one unicast
  // packet per (spiking neuron, destination core), or with noc.multicast one packet per spiking
  // neuron, emitted with its first edge's packet and replicated by the routers' tables.
  CoreStepResult run_core(CoreId k, std::uint64_t step, Cycle start);

  // Learning phase after step `step`'s barrier, starting at `start`: every core evaluates the
  // plastic projections whose epoch ends at `step`; cores learn in parallel. Call once per step
  // (cheap when no epoch ends: returns {start, 0, false}).
  LearningPhaseResult learn(std::uint64_t step, Cycle start);
  bool has_learning() const;
  // Switches every core's learning on or off (NeuroCore::set_learning_enabled).
  void set_learning_enabled(bool on);
  // Every plastic synapse, sorted by (projection, pre, post).
  std::vector<PlasticSynapseState> plastic_synapses() const;

  // Called when the last flit in flight left the routers (wired by the step controller).
  void set_drained_callback(std::function<void()> cb) { on_drained_ = std::move(cb); }

  const std::vector<RecordedSpike>& recorded_spikes() const { return spikes_; }
  const std::vector<VoltageSample>& recorded_voltages() const { return voltages_; }
  // Spikes and voltages recorded by the last run_core call (for tracing).
  const std::vector<SpikeRecord>& last_spikes() const { return step_spikes_; }
  const std::vector<VoltageSample>& last_voltages() const { return step_voltages_; }

  // DeliverySink
  void deliver(const Flit& flit, Cycle arrival) override;
  void drained() override;

 private:
  ArchParams arch_;
  std::vector<std::unique_ptr<CoreEngine>> cores_;
  Mesh mesh_;
  std::function<void()> on_drained_;
  std::vector<OutgoingSpike> packets_;        // scratch, reused every call
  std::vector<SpikeRecord> step_spikes_;
  std::vector<VoltageSample> step_voltages_;
  std::vector<RecordedSpike> spikes_;
  std::vector<VoltageSample> voltages_;
  MulticastAxons multicast_axons_;  // noc.multicast: input axon of each (neuron, core) edge
  // Graded payload of each neuron's latest spike (grown on demand): a neuron spikes at most once
  // per step and its packets are delivered before the next step, so deliver() reads the right one.
  std::vector<std::int32_t> payload_of_;
};

}  // namespace nm
