#include "noc/packet_format.h"

#include <string>

#include "common/errors.h"

namespace nm {

namespace {

std::string tile(TileCoord t) { return "(" + std::to_string(t.x) + "," + std::to_string(t.y) + ")"; }

}  // namespace

void throw_out_of_reach(TileCoord src, TileCoord dst, const char* field, std::int32_t offset,
                        const NocParams& p) {
  throw UserError("noc.packet_format relative: a packet from tile " + tile(src) + " to tile " +
                  tile(dst) + " needs " + field + " = " + std::to_string(offset) +
                  ", outside the " + std::to_string(p.packet_offset_bits) +
                  "-bit signed range [" + std::to_string(min_offset(p.packet_offset_bits)) +
                  ", " + std::to_string(max_offset(p.packet_offset_bits)) +
                  "] of noc.packet_offset_bits");
}

}  // namespace nm
