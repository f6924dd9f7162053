#include "cores/truenorth_crossbar.h"

#include <bitset>
#include <string>

#include "common/errors.h"

namespace nm {

std::uint32_t Bits256::count() const {
  std::uint32_t n = 0;
  for (std::uint64_t w : words) n += static_cast<std::uint32_t>(std::bitset<64>(w).count());
  return n;
}

void TnCrossbar::connect(std::uint32_t axon, std::uint32_t neuron) {
  if (axon >= kTnAxons || neuron >= kTnNeurons)
    throw InternalError("crossbar: axon " + std::to_string(axon) + " or neuron " +
                        std::to_string(neuron) + " outside 0..255");
  column_[neuron].set(axon);
}

void TnCrossbar::set_axon_type(std::uint32_t axon, std::uint32_t type) {
  if (axon >= kTnAxons || type >= 4)
    throw InternalError("crossbar: axon " + std::to_string(axon) + " type " +
                        std::to_string(type) + " outside 0..255 / 0..3");
  type_[axon] = static_cast<std::uint8_t>(type);
}

Bits256 TnCrossbar::hits(const Bits256& active, std::uint32_t neuron) const {
  Bits256 h;
  for (std::size_t w = 0; w < 4; ++w) h.words[w] = active.words[w] & column_[neuron].words[w];
  return h;
}

std::uint64_t TnCrossbar::synapse_count() const {
  std::uint64_t n = 0;
  for (const Bits256& c : column_) n += c.count();
  return n;
}

}  // namespace nm
