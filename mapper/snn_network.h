// A spiking network as the simulator sees it once the network file is loaded: every
// population expanded to neurons with integer parameters and every projection expanded
// to explicit synapses. Neuron ids are global: population p's neuron i is first_id + i.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/types.h"

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

struct Population {
  enum class Model { LoihiLif, SpikeSource };
  std::string name;
  std::uint32_t size = 0;
  Model model = Model::LoihiLif;
  NeuronId first_id = 0;
  std::vector<LifParams> lif;  // size entries when model == LoihiLif
  SpikeSourceSpec source;      // when model == SpikeSource
  bool record_spikes = false;
  std::vector<std::uint32_t> record_voltage;  // indices within the population, ascending
};

struct Synapse {
  NeuronId pre = 0;
  NeuronId post = 0;
  std::int32_t weight = 0;  // signed weight mantissa (weight exponent 0: effect on u is weight*64)
  std::uint32_t delay = 0;  // steps beyond the one-step minimum
};

struct SnnNetwork {
  std::string name;                   // file name or "default"
  std::vector<Population> populations;
  std::vector<Synapse> synapses;      // sorted by (pre, post)
  std::uint32_t neurons_per_core_limit = 0;  // mapping hint: 0 = the core's own capacity
  double time_step_ms = 1.0;          // biological time per step (only Poisson rates use it) [ms]

  std::uint32_t neuron_count() const;
  const Population& population_of(NeuronId id) const;
  const Population* find_population(const std::string& name) const;
};

}  // namespace nm
