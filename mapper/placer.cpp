#include "mapper/placer.h"

#include <algorithm>
#include <cmath>

#include "common/rng.h"

namespace nm {

namespace {

constexpr double kUnit = 1048576.0;  // fixed-point scale of link loads (exact max tracking)

// Hops of a route, north-south ones weighted by shape.north_south_weight [east-west hops].
double weighted_hops(const MeshLayout& shape, const std::vector<std::uint32_t>& route) {
  double h = 0.0;
  for (std::uint32_t l : route) h += MeshLayout::north_south(l) ? shape.north_south_weight : 1.0;
  return h;
}

// Incremental state of one placement: link loads in fixed point, hop cost, busiest link.
class Annealer {
 public:
  Annealer(const std::vector<Flow>& flows, const MeshLayout& shape, std::vector<CoreId>& core_of)
      : flows_(flows), shape_(shape), core_of_(core_of), part_at_(shape.cores(), kEmpty),
        incident_(core_of.size()), load_(shape.link_count(), 0), mark_(flows.size(), 0) {
    for (std::uint32_t p = 0; p < core_of_.size(); ++p) part_at_[core_of_[p]] = p;
    for (std::uint32_t f = 0; f < flows_.size(); ++f) {
      if (flows_[f].from == flows_[f].to) continue;
      incident_[flows_[f].from].push_back(f);
      incident_[flows_[f].to].push_back(f);
      apply(f, +1);
    }
    rescan();
  }

  double cost(double lambda) const {
    return hops_ + lambda * static_cast<double>(max_) / kUnit;
  }
  std::uint32_t part_at(CoreId slot) const { return part_at_[slot]; }

  // Swaps the occupants of two slots (either may be empty).
  void swap_slots(CoreId a, CoreId b) {
    const std::uint32_t pa = part_at_[a], pb = part_at_[b];
    touched_.clear();
    for (std::uint32_t p : {pa, pb}) {
      if (p == kEmpty) continue;
      for (std::uint32_t f : incident_[p]) {
        if (mark_[f]) continue;
        mark_[f] = 1;
        touched_.push_back(f);
        apply(f, -1);
      }
    }
    std::swap(part_at_[a], part_at_[b]);
    if (pa != kEmpty) core_of_[pa] = b;
    if (pb != kEmpty) core_of_[pb] = a;
    for (std::uint32_t f : touched_) {
      mark_[f] = 0;
      apply(f, +1);
    }
    if (at_max_ == 0) rescan();
  }

  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

 private:
  void apply(std::uint32_t f, int sign) {
    const Flow& fl = flows_[f];
    const auto w = static_cast<std::int64_t>(std::llround(fl.rate * kUnit));
    route_.clear();
    shape_.route(core_of_[fl.from], core_of_[fl.to], route_);
    hops_ += sign * fl.rate * weighted_hops(shape_, route_);
    for (std::uint32_t l : route_) {
      std::int64_t& v = load_[l];
      if (sign < 0 && v == max_ && w > 0) --at_max_;
      v += sign * w;
      if (v > max_) {
        max_ = v;
        at_max_ = 1;
      } else if (sign > 0 && v == max_ && w > 0) {
        ++at_max_;
      }
    }
  }

  void rescan() {
    max_ = 0;
    at_max_ = 0;
    for (std::int64_t v : load_) {
      if (v > max_) max_ = v, at_max_ = 1;
      else if (v == max_) ++at_max_;
    }
  }

  const std::vector<Flow>& flows_;
  const MeshLayout& shape_;
  std::vector<CoreId>& core_of_;
  std::vector<std::uint32_t> part_at_;
  std::vector<std::vector<std::uint32_t>> incident_;
  std::vector<std::int64_t> load_;
  std::vector<std::uint8_t> mark_;
  std::vector<std::uint32_t> touched_, route_;
  double hops_ = 0.0;
  std::int64_t max_ = 0;
  std::uint64_t at_max_ = 0;
};

// A slot for a swap partner: near `from` (within `radius` tiles) half of the time, else anywhere.
CoreId pick_partner(const MeshLayout& shape, CoreId from, std::uint32_t radius, Rng& rng) {
  if (rng.bernoulli(0.5)) return static_cast<CoreId>(rng.below(shape.cores()));
  const std::uint32_t tile = shape.tile_of(from);
  const auto x = static_cast<std::int64_t>(tile % shape.width);
  const auto y = static_cast<std::int64_t>(tile / shape.width);
  const auto r = static_cast<std::int64_t>(radius);
  const std::int64_t nx = std::clamp<std::int64_t>(
      x + static_cast<std::int64_t>(rng.below(2 * radius + 1)) - r, 0, shape.width - 1);
  const std::int64_t ny = std::clamp<std::int64_t>(
      y + static_cast<std::int64_t>(rng.below(2 * radius + 1)) - r, 0, shape.height - 1);
  return static_cast<CoreId>((ny * shape.width + nx) * shape.cores_per_tile +
                             static_cast<std::int64_t>(rng.below(shape.cores_per_tile)));
}

}  // namespace

std::vector<CoreId> curve_cores(const MeshLayout& shape) {
  std::vector<CoreId> order;
  order.reserve(shape.cores());
  for (std::uint32_t y = 0; y < shape.height; ++y) {
    for (std::uint32_t i = 0; i < shape.width; ++i) {
      const std::uint32_t x = y % 2 == 0 ? i : shape.width - 1 - i;
      for (std::uint32_t c = 0; c < shape.cores_per_tile; ++c)
        order.push_back((y * shape.width + x) * shape.cores_per_tile + c);
    }
  }
  return order;
}

PlacementCost placement_cost(const std::vector<Flow>& flows, const std::vector<CoreId>& core_of,
                             const MeshLayout& shape) {
  PlacementCost c;
  std::vector<double> load(shape.link_count(), 0.0);
  std::vector<std::uint32_t> route;
  for (const Flow& f : flows) {
    route.clear();
    shape.route(core_of[f.from], core_of[f.to], route);
    c.hops += f.rate * weighted_hops(shape, route);
    for (std::uint32_t l : route) load[l] += f.rate;
  }
  for (double v : load) c.max_link_load = std::max(c.max_link_load, v);
  return c;
}

void anneal_placement(const std::vector<Flow>& flows, const MeshLayout& shape,
                      const AnnealOptions& options, std::vector<CoreId>& core_of) {
  if (core_of.empty() || shape.cores() < 2 || options.moves == 0) return;
  Rng rng(options.seed, "placer");
  std::vector<CoreId> best = core_of;
  Annealer a(flows, shape, core_of);
  double current = a.cost(options.lambda), best_cost = current;
  const auto parts = static_cast<std::uint32_t>(core_of.size());
  const std::uint32_t span = std::max(shape.width, shape.height);
  // Initial temperature: the mean cost change of a few random swaps (each undone at once).
  double sum = 0.0;
  const int samples = 64;
  for (int i = 0; i < samples; ++i) {
    const CoreId from = core_of[rng.below(parts)];
    const CoreId to = static_cast<CoreId>(rng.below(shape.cores()));
    a.swap_slots(from, to);
    sum += std::fabs(a.cost(options.lambda) - current);
    a.swap_slots(from, to);
  }
  const double t0 = std::max(sum / samples, 1e-12), t_end = t0 * 1e-3;
  for (std::uint64_t m = 0; m < options.moves; ++m) {
    const double progress = static_cast<double>(m) / static_cast<double>(options.moves);
    const double temperature = t0 * std::pow(t_end / t0, progress);
    const auto radius = static_cast<std::uint32_t>(
        std::max(1.0, std::ceil(span * (1.0 - progress) / 2.0)));
    const CoreId from = core_of[rng.below(parts)];
    const CoreId to = pick_partner(shape, from, radius, rng);
    if (from == to) continue;
    a.swap_slots(from, to);
    const double next = a.cost(options.lambda);
    const double delta = next - current;
    if (delta <= 0.0 || rng.uniform() < std::exp(-delta / temperature)) {
      current = next;
      if (current < best_cost - 1e-12) {
        best_cost = current;
        best = core_of;
      }
    } else {
      a.swap_slots(from, to);
    }
  }
  core_of = best;
}

}  // namespace nm
