// A spiking network as the simulator sees it once the network file is loaded: every
// population expanded to neurons with integer parameters and every projection expanded
// to explicit synapses. Neuron ids are global: population p's neuron i is first_id + i.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/types.h"
#include "cores/truenorth_neuron.h"
#include "cores/learning_rule.h"
#include "cores/learning_trace.h"
#include "cores/weight_encoding.h"

namespace nm {

// Loihi CUBA LIF parameters of one neuron (../shared/reference/loihi_lif/README.md).
struct LifParams {
  std::int32_t du = 0;         // current decay, 0..4095 (effective du + 1) [1/4096 per step]
  std::int32_t dv = 0;         // voltage decay, 0..4095 [1/4096 per step]
  std::int32_t vth = 0;        // threshold mantissa, 0..2^17-1 (effective vth << 6)
  std::int32_t bias_mant = 0;  // bias mantissa, -4096..4095
  std::int32_t bias_exp = 0;   // bias exponent, 0..7 (effective bias_mant << bias_exp)
  std::int32_t u0 = 0;         // current before step 1, 24-bit signed
  std::int32_t v0 = 0;         // voltage before step 1, 24-bit signed
  std::int32_t refractory_steps = 0;     // steps v is held after a spike, 0..63 [steps]
  std::int32_t vth_adapt_increment = 0;  // threshold rise per spike, 0..2^17-1 (<< 6) [vth units]
  std::int32_t vth_adapt_decay = 0;      // decay of the rise, 0..4095 [1/4096 per step]
};

// How a spike-source population fires.
struct SpikeSourceSpec {
  enum class Kind { SpikeTimes, Poisson };
  Kind kind = Kind::SpikeTimes;
  // SpikeTimes: for each neuron, ascending steps (>= 1) at which it fires.
  std::vector<std::vector<std::uint32_t>> times;
  // Poisson: per-neuron probability of a spike in each step (rate_hz * time_step_ms / 1000).
  std::vector<double> probability_per_step;
  std::uint64_t seed = 0;  // Poisson stream seed; each neuron draws from Rng(seed, "pop[i]")
};

// One TrueNorth neuron as the network file gives it (cores/truenorth_neuron.h, docs/models.md).
struct TnNeuronSpec {
  TnNeuronParams params;
  std::int32_t v0 = 0;  // membrane before tick 1, 20-bit signed [units]
};

struct Population {
  enum class Model { LoihiLif, SpikeSource, TrueNorth };
  std::string name;
  std::uint32_t size = 0;
  Model model = Model::LoihiLif;
  NeuronId first_id = 0;
  std::vector<LifParams> lif;  // size entries when model == LoihiLif
  SpikeSourceSpec source;      // when model == SpikeSource
  std::vector<TnNeuronSpec> truenorth;  // size entries when model == TrueNorth
  bool record_spikes = false;
  std::vector<std::uint32_t> record_voltage;  // indices within the population, ascending
  std::uint32_t payload_bits = 0;  // graded spikes: payload width 1..24, 0 = binary spikes [bits]
};

// A projection's `learning:` settings (docs/learning.md section 1).
struct ProjectionLearning {
  std::string rule_name;            // library rule name, or "" for an inline rule
  LearningRule rule;
  std::uint32_t epoch_steps = 1;    // T_epoch, 1..63 [steps]
  TraceParams x1, x2, y1, y2, y3, r1;
  std::string reward_population;    // population whose spikes feed r1 ("" = none)
  std::uint64_t seed = 0;           // mixed into the learning PRNG streams
};

// One projection's synapse encoding, as declared (synapses refer to it by index).
struct ProjectionSpec {
  std::string name;
  std::string pre;    // population name
  std::string post;   // population name
  WeightEncoding encoding;
  bool has_delays = false;  // any synapse with delay > 0 (the delay field is then stored)
  std::optional<ProjectionLearning> learning;  // set when the projection learns
  std::uint32_t axon_type = 0;  // TrueNorth targets: axon type G (0..3) of this projection's axons
};

struct Synapse {
  NeuronId pre = 0;
  NeuronId post = 0;
  std::int32_t weight = 0;  // signed weight mantissa (weight exponent 0: effect on u is weight*64)
  std::uint32_t delay = 0;  // steps beyond the one-step minimum
  std::uint32_t projection = 0;  // index into SnnNetwork::projections (when it is not empty)
};

struct SnnNetwork {
  std::string name;                   // file name or "default"
  std::vector<Population> populations;
  std::vector<Synapse> synapses;      // sorted by (pre, post)
  // Encodings by projection; empty for hand-built networks, whose synapses then all use the
  // default encoding (8 bits, mixed, exponent 0).
  std::vector<ProjectionSpec> projections;
  std::uint32_t neurons_per_core_limit = 0;  // mapping hint: 0 = the core's own capacity
  double time_step_ms = 1.0;          // biological time per step (only Poisson rates use it) [ms]

  std::uint32_t neuron_count() const;
  const Population& population_of(NeuronId id) const;
  const Population* find_population(const std::string& name) const;
};

}  // namespace nm
