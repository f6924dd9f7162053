#include "hw_model/arch_params.h"

#include <algorithm>
#include <cmath>

#include "common/errors.h"

namespace nm {

namespace {

void require_range(std::uint64_t value, std::uint64_t min, std::uint64_t max, const char* key) {
  if (value < min || value > max)
    throw UserError(std::string(key) + " must be between " + std::to_string(min) + " and " +
                    std::to_string(max) + ", got " + std::to_string(value));
}

}  // namespace

Cycle step_end_cycle(const ArchParams& arch, Cycle start, Cycle activity_end,
                     Cycle barrier_cycles) {
  return std::max(activity_end + barrier_cycles, start + arch.chip.tick_cycles);
}

Cycle barrier_latency_cycles(const ArchParams& arch) {
  const BarrierParams& b = arch.barrier;
  if (b.model != BarrierParams::Model::Wavefront) return b.latency_cycles(arch.chip.tiles());
  const NocParams& noc = arch.noc;
  // Hops along one axis from the root to coordinate `to`: (plain hops, inter-chip hops).
  const auto axis = [](int from, int to, std::uint32_t every) {
    const int lo = std::min(from, to), hi = std::max(from, to);
    Cycle crossings = 0;
    if (every != 0) {
      for (int c = lo; c < hi; ++c) crossings += (c + 1) % static_cast<int>(every) == 0 ? 1 : 0;
    }
    return std::pair<Cycle, Cycle>{static_cast<Cycle>(hi - lo) - crossings, crossings};
  };
  Cycle slowest = 0;
  for (std::uint32_t y = 0; y < arch.chip.mesh_height; ++y) {
    for (std::uint32_t x = 0; x < arch.chip.mesh_width; ++x) {
      const auto [ew, ew_chip] = axis(b.root.x, static_cast<int>(x), noc.chip_boundary_every_x);
      const auto [ns, ns_chip] = axis(b.root.y, static_cast<int>(y), noc.chip_boundary_every_y);
      const Cycle path = ew * b.hop_east_west_cycles + ns * b.hop_north_south_cycles +
                         (ew_chip + ns_chip) * noc.inter_chip_hop_cycles;
      slowest = std::max(slowest, path);
    }
  }
  return b.base_cycles + 2 * slowest;
}

Cycle BarrierParams::latency_cycles(std::uint32_t tiles) const {
  if (model == Model::Wavefront)
    throw InternalError("the wavefront barrier depends on the mesh: use barrier_latency_cycles()");
  if (model == Model::Fixed) return fixed_cycles;
  if (table.empty()) throw InternalError("barrier table is empty (validate() not called?)");
  if (tiles <= table.front().tiles) return table.front().cycles;
  if (tiles >= table.back().tiles) return table.back().cycles;
  std::size_t i = 1;
  while (table[i].tiles < tiles) ++i;  // table[i - 1].tiles < tiles <= table[i].tiles
  const Point& lo = table[i - 1];
  const Point& hi = table[i];
  // value = lo + (hi - lo) * (tiles - lo.tiles) / span, a non-negative fraction num / span,
  // rounded to the nearest cycle with halves rounded up. 128 bits: no overflow for any input.
  const __int128 span = hi.tiles - lo.tiles;
  const __int128 num =
      static_cast<__int128>(lo.cycles) * span +
      (static_cast<__int128>(hi.cycles) - static_cast<__int128>(lo.cycles)) * (tiles - lo.tiles);
  return static_cast<Cycle>((2 * num + span) / (2 * span));
}

void ArchParams::validate() const {
  require_range(chip.mesh_width, 1, 256, "chip.mesh_width");
  require_range(chip.mesh_height, 1, 256, "chip.mesh_height");
  require_range(chip.cores_per_tile, 1, 16, "chip.cores_per_tile");
  require_range(chip.clock_period_ps, 1, 1000000000, "chip.clock_period_ps");
  if (!std::isfinite(chip.static_power_mw) || chip.static_power_mw < 0.0)
    throw UserError("chip.static_power_mw must be a finite power >= 0 mW, got " +
                    std::to_string(chip.static_power_mw));
  core.validate();
  noc.validate();
  check_route_within_tick(*this);
  if (core.model == "truenorth" && noc.multicast)
    throw UserError("noc.multicast is not available with core.model truenorth (one target per "
                    "neuron, unicast packets)");
  if (barrier.model == BarrierParams::Model::Wavefront) {
    require_range(static_cast<std::uint64_t>(barrier.root.x), 0, chip.mesh_width - 1, "barrier.root_x");
    require_range(static_cast<std::uint64_t>(barrier.root.y), 0, chip.mesh_height - 1, "barrier.root_y");
  }
  if (barrier.model == BarrierParams::Model::Table) {
    if (barrier.table.empty()) throw UserError("barrier.table must list at least one point");
    for (std::size_t i = 0; i < barrier.table.size(); ++i) {
      const std::string key = "barrier.table[" + std::to_string(i) + "].tiles";
      if (barrier.table[i].tiles < 1) throw UserError(key + " must be at least 1");
      if (i > 0 && barrier.table[i].tiles <= barrier.table[i - 1].tiles)
        throw UserError(key + " must be greater than the previous point's tiles (" +
                        std::to_string(barrier.table[i - 1].tiles) + "), got " +
                        std::to_string(barrier.table[i].tiles));
    }
  }
}

void check_route_within_tick(const ArchParams& arch) {
  if (arch.chip.tick_cycles == 0) return;
  const NocParams& n = arch.noc;
  const Cycle stages = n.router_pipeline_stages - 1;
  const Cycle worst = (arch.chip.mesh_width - 1) * (n.hop_east_west_cycles + stages) +
                      (arch.chip.mesh_height - 1) * (n.hop_north_south_cycles + stages) +
                      n.local_delivery_cycles + stages;
  if (worst >= arch.chip.tick_cycles)
    throw UserError("the slowest route (" + std::to_string(arch.chip.mesh_width - 1) +
                    " east-west hops, " + std::to_string(arch.chip.mesh_height - 1) +
                    " north-south hops and the local delivery) takes " + std::to_string(worst) +
                    " cycles, not within chip.tick_ps (" + std::to_string(arch.chip.tick_cycles) +
                    " cycles): lower noc.hop_east_west_ps / noc.hop_north_south_ps");
}

}  // namespace nm
