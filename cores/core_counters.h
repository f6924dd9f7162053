// Event counts of one core: the primary record from which energy and reports are computed.
#pragma once

#include <cstdint>

namespace nm {

struct CoreCounters {
  std::uint64_t axon_events = 0;            // input axon lists fetched [count]
  std::uint64_t synops = 0;                 // synaptic operations [count]
  std::uint64_t neuron_updates_active = 0;  // compartment updates that spiked [count]
  std::uint64_t neuron_updates_idle = 0;    // compartment updates without a spike [count]
  std::uint64_t neuron_spikes = 0;          // spikes of LIF neurons [count]
  std::uint64_t source_spikes = 0;          // spikes of spike-source compartments [count]
  std::uint64_t packets_out = 0;            // packets generated (one per fan-out edge) [count]
  std::uint64_t busy_cycles = 0;            // cycles the pipeline worked, summed over steps [cycles]
  std::uint64_t learning_updates = 0;       // plastic synapse updates in learning phases [count]
  std::uint64_t learning_cycles = 0;        // cycles of this core's learning phases [cycles]
  // Compartment updates in which u wrapped to 24 bits (decay(u) + input outside (-2^23, 2^23],
  // lif_neuron.h): e.g. an inhibitory burst turned into a large positive u [compartment updates].
  std::uint64_t u_wraps = 0;

  CoreCounters& operator+=(const CoreCounters& o) {
    axon_events += o.axon_events;
    synops += o.synops;
    neuron_updates_active += o.neuron_updates_active;
    neuron_updates_idle += o.neuron_updates_idle;
    neuron_spikes += o.neuron_spikes;
    source_spikes += o.source_spikes;
    packets_out += o.packets_out;
    busy_cycles += o.busy_cycles;
    learning_updates += o.learning_updates;
    learning_cycles += o.learning_cycles;
    u_wraps += o.u_wraps;
    return *this;
  }
};

}  // namespace nm
