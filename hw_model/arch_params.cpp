#include "hw_model/arch_params.h"

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

Cycle BarrierParams::latency_cycles(std::uint32_t tiles) const {
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

}  // namespace nm
