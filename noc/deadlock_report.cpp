#include "noc/deadlock_report.h"

#include "noc/mesh.h"
#include "noc/routing.h"

namespace nm {

namespace {

constexpr std::uint32_t kListed = 16;

const char* kind_name(PacketKind k) {
  switch (k) {
    case PacketKind::Spike: return "spike";
    case PacketKind::ReadRequest: return "read request";
    case PacketKind::WriteRequest: return "write request";
    case PacketKind::ReadResponse: return "read response";
  }
  return "packet";
}

std::string packet_text(const Flit& f) {
  std::string s = "packet " + std::to_string(f.packet) + " (" + kind_name(f.kind) + " from core " +
                  std::to_string(f.src_core);
  s += f.multicast ? ", multicast key " + std::to_string(f.src_neuron)
                   : " to core " + std::to_string(f.dst_core);
  return s + ")";
}

}  // namespace

std::string describe_deadlock(const Mesh& mesh, Cycle quiet_since, Cycle now) {
  std::uint64_t buffered = 0;
  std::string routers;
  std::uint32_t listed = 0, unlisted = 0;
  for (std::uint32_t r = 0; r < mesh.router_count(); ++r) {
    const Router& router = mesh.router(r);
    if (router.empty()) continue;
    for (std::uint32_t p = 0; p < router.port_count(); ++p) buffered += router.buffered(p);
    if (listed == kListed) {
      ++unlisted;
      continue;
    }
    ++listed;
    const TileCoord t = router.position();
    routers += "\n  router of tile (" + std::to_string(t.x) + "," + std::to_string(t.y) + "):";
    for (const auto& [port, flit] : router.heads()) {
      routers += " " + port_name(port) + " holds " + std::to_string(router.buffered(port)) +
                 " flit(s), head " + packet_text(flit) + ";";
    }
  }
  if (unlisted > 0) routers += "\n  ... and " + std::to_string(unlisted) + " more routers";
  return "NoC deadlock: no flit has moved since cycle " + std::to_string(quiet_since) +
         " (watchdog noc.watchdog_cycles fired at cycle " + std::to_string(now) + ") while " +
         std::to_string(buffered) + " flits are buffered; stuck routers:" + routers;
}

}  // namespace nm
