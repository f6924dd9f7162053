// Everything a TrueNorth core is programmed with: up to 256 neurons (or spike-source slots that
// stand for the chip's input ports), the 256 x 256 crossbar with its axon types, and each
// neuron's single target (one axon on one core, with a delivery delay of 1..15 ticks). Built by
// hw_model's TrueNorth builder from the network and the mapping.
#pragma once

#include <cstdint>
#include <vector>

#include "common/types.h"
#include "cores/core_image.h"
#include "cores/truenorth_crossbar.h"
#include "cores/truenorth_neuron.h"

namespace nm {

// A neuron's one destination (Merolla 2014 section S1: exactly one target axon per neuron).
struct TnTarget {
  bool valid = false;          // false: the neuron's spikes go nowhere
  CoreId core = 0;
  std::uint32_t axon = 0;      // 0..255
  std::uint32_t delay_ticks = 1;  // delivery tick = spike tick + delay, 1..15 [ticks]
};

struct TrueNorthImage {
  // Per neuron slot, in slot order (at most 256).
  std::vector<NeuronId> neuron_of;        // global neuron id
  std::vector<std::uint8_t> is_source;    // 1 = spike source slot (input port), 0 = neuron
  std::vector<std::uint8_t> record_spikes;
  std::vector<std::uint8_t> record_voltage;
  std::vector<TnNeuronParams> params;     // meaningful for neuron slots
  std::vector<std::int32_t> v0;           // membrane before tick 1, 20-bit signed [units]
  std::vector<SourceCompartment> sources; // meaningful for source slots
  std::vector<TnTarget> targets;

  TnCrossbar crossbar;
  std::uint64_t prng_seed = 0;            // the core's stream: Rng(prng_seed, core name)

  std::uint32_t neurons() const { return static_cast<std::uint32_t>(neuron_of.size()); }
  // Resizes every per-slot array to n slots (n <= 256).
  void resize(std::uint32_t n);
};

}  // namespace nm
