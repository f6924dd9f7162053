// TrueNorth's synaptic crossbar: 256 axons x 256 neurons of binary synapses w_ij, bit-packed
// (one 256-bit row per axon, four 64-bit words), plus the axon type G_i (0..3) of each axon
// (Merolla et al. 2014 section S1; hardware.md section 2.1). The weight a neuron adds for an
// active axon is the neuron's own S_j^{G_i}, so the crossbar itself stores only bits and types.
#pragma once

#include <array>
#include <cstdint>

namespace nm {

constexpr std::uint32_t kTnAxons = 256;    // axons per core [count]
constexpr std::uint32_t kTnNeurons = 256;  // neurons per core [count]

// A 256-bit set (active axons of one tick, or one crossbar row).
struct Bits256 {
  std::array<std::uint64_t, 4> words{};
  bool test(std::uint32_t i) const { return (words[i >> 6] >> (i & 63)) & 1u; }
  void set(std::uint32_t i) { words[i >> 6] |= std::uint64_t{1} << (i & 63); }
  void clear() { words = {}; }
  std::uint32_t count() const;
};

class TnCrossbar {
 public:
  // Connects axon -> neuron (w = 1); throws InternalError when either index is >= 256.
  void connect(std::uint32_t axon, std::uint32_t neuron);
  bool connected(std::uint32_t axon, std::uint32_t neuron) const {
    return column_[neuron].test(axon);
  }
  // Axon type G_i; throws InternalError when type >= 4 or axon >= 256.
  void set_axon_type(std::uint32_t axon, std::uint32_t type);
  std::uint32_t axon_type(std::uint32_t axon) const { return type_[axon]; }
  // Active axons (of `active`) that connect to `neuron`, as a 256-bit set.
  Bits256 hits(const Bits256& active, std::uint32_t neuron) const;
  std::uint64_t synapse_count() const;  // bits set [count]

 private:
  // Stored by neuron (a column per neuron, as the neuron's SRAM row holds its 256 synapse bits,
  // Akopyan 2015 section V-E), so one neuron's hits are four AND operations.
  std::array<Bits256, kTnNeurons> column_{};
  std::array<std::uint8_t, kTnAxons> type_{};
};

}  // namespace nm
