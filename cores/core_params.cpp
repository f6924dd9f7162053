#include "cores/core_params.h"

#include <cmath>

#include "common/errors.h"

namespace nm {

namespace {

void require_at_least(std::uint64_t value, std::uint64_t min, const char* key) {
  if (value < min)
    throw UserError(std::string(key) + " must be at least " + std::to_string(min) + ", got " +
                    std::to_string(value));
}

void require_energy(double value, const char* key) {
  if (!std::isfinite(value) || value < 0.0)
    throw UserError(std::string(key) + " must be a finite energy >= 0 pJ, got " +
                    std::to_string(value));
}

}  // namespace

void CoreParams::validate() const {
  if (model.empty()) throw UserError("core.model must name a neuron model");
  const CoreCapacity& c = capacity;
  require_at_least(c.neurons, 1, "core.neurons");
  require_at_least(c.input_axons, 1, "core.input_axons");
  require_at_least(c.output_axons, 1, "core.output_axons");
  require_at_least(c.synapse_memory_bits, 1, "core.synapse_memory_bits");
  if (c.weight_bits < 1 || c.weight_bits > 8)
    throw UserError("core.weight_bits must be between 1 and 8, got " +
                    std::to_string(c.weight_bits));
  if (c.delay_bits > 6)
    throw UserError("core.delay_bits must be between 0 and 6, got " + std::to_string(c.delay_bits));
  // A delay field of b bits holds 2^b - 2 steps beyond the minimum (Loihi: 6 bits -> 62).
  const std::uint32_t max_delay = c.delay_bits > 0 ? (1u << c.delay_bits) - 2 : 0;
  if (c.max_delay_steps > max_delay)
    throw UserError("core.max_delay_steps must be at most " + std::to_string(max_delay) +
                    " with core.delay_bits = " + std::to_string(c.delay_bits) + ", got " +
                    std::to_string(c.max_delay_steps));
  if (c.dendritic_accumulators < std::uint64_t{c.max_delay_steps} + 1)
    throw UserError("core.dendritic_accumulators must be at least core.max_delay_steps + 1 = " +
                    std::to_string(c.max_delay_steps + 1) + " (one compartment), got " +
                    std::to_string(c.dendritic_accumulators));
  if (c.learning_tag_bits > 16)
    throw UserError("core.learning_tag_bits must be between 0 and 16, got " +
                    std::to_string(c.learning_tag_bits));

  require_at_least(timing.synop_cycles, 1, "timing.synop_cycles");
  require_at_least(timing.neuron_update_active_cycles, 1, "timing.neuron_update_active_cycles");
  require_at_least(timing.neuron_update_idle_cycles, 1, "timing.neuron_update_idle_cycles");

  require_energy(energy.axon_fetch_pj, "energy.axon_fetch_pj");
  require_energy(energy.synop_pj, "energy.synop_pj");
  require_energy(energy.neuron_update_active_pj, "energy.neuron_update_active_pj");
  require_energy(energy.neuron_update_idle_pj, "energy.neuron_update_idle_pj");
  require_energy(energy.spike_out_pj, "energy.spike_out_pj");
}

}  // namespace nm
