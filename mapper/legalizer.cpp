#include "mapper/legalizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "common/errors.h"

namespace nm {

namespace {

constexpr std::size_t kCandidates = 6;

std::string slice_name(const SnnNetwork& net, const Slice& s) {
  const Population& p = net.populations[s.population];
  const NeuronId i = s.first - p.first_id;
  return p.name + "[" + std::to_string(i) + (s.count > 1 ? ".." + std::to_string(i + s.count - 1)
                                                         : std::string()) + "]";
}

constexpr CoreId kNone = 0xFFFFFFFFu;

struct Move {
  std::uint32_t slice = 0;
  CoreId to = kNone;
  CoreLoad::MoveEffect effect;
};

// A legal move beats a repair; then the larger overflow reduction wins, then the larger gain.
bool better(const CoreLoad::MoveEffect& a, const CoreLoad::MoveEffect& b) {
  if (a.legal != b.legal) return a.legal;
  if (std::fabs(a.overflow_change - b.overflow_change) > 1e-12)
    return a.overflow_change < b.overflow_change;
  return a.gain > b.gain;
}

// Legal moves out of an over core may leave the total overflow unchanged (the core stays over
// until enough slices have left); repair moves must lower it.
bool acceptable(const CoreLoad::MoveEffect& e) {
  return e.legal ? e.overflow_change <= 1e-12 : e.overflow_change < -1e-12;
}

// Targets besides the traffic candidates: the first empty core and the cores with the fewest
// neurons, other than `except` (at most kSpare of them).
std::vector<CoreId> roomiest_cores(const CoreLoad& load, CoreId except) {
  constexpr std::size_t kSpare = 3;
  std::vector<std::pair<std::uint64_t, CoreId>> by_room;
  bool empty_seen = false;
  for (CoreId c = 0; c < load.cores(); ++c) {
    if (c == except) continue;
    const bool empty = load.slices_on(c).empty();
    if (empty && empty_seen) continue;
    empty_seen = empty_seen || empty;
    by_room.push_back({load.neurons_on(c), c});
  }
  const std::size_t keep = std::min(kSpare, by_room.size());
  std::partial_sort(by_room.begin(), by_room.begin() + keep, by_room.end());
  std::vector<CoreId> out;
  for (std::size_t i = 0; i < keep; ++i) out.push_back(by_room[i].second);
  return out;
}

[[noreturn]] void refuse(const CoreLoad& load, const SnnNetwork& net, const SliceGraph& graph,
                         const CoreLimits& limits, CoreId core, std::uint32_t slice) {
  Resource worst = Resource::Neurons;
  std::uint64_t amount = 0;
  for (int r = 0; r < kResourceCount; ++r) {
    const auto res = static_cast<Resource>(r);
    if (load.excess(core, res) > amount) {
      amount = load.excess(core, res);
      worst = res;
    }
  }
  const bool alone = load.slices_on(core).size() == 1;
  throw CapacityError(
      "network does not fit: " +
      (alone ? "neurons " + slice_name(net, graph.slice(slice)) + " alone need more than a core"
             : "no core can take neurons " + slice_name(net, graph.slice(slice)) + " from core " +
                   std::to_string(core)) +
      " (binding limit: " + limits.describe(worst) + "; core " + std::to_string(core) +
      " is over it by " + std::to_string(amount) + ")");
}

// The slices of core c but one in a cohesive order: from the slice with the most sources, each
// next the one sharing the most sources and synapses with those before it.
std::vector<std::uint32_t> cohesive_order(const CoreLoad& load, const SliceGraph& graph,
                                          std::uint32_t neuron_count, CoreId c) {
  std::vector<std::uint32_t> rest = load.slices_on(c);
  std::vector<std::uint8_t> linked(neuron_count, 0);  // a source or a neuron of the group
  const auto affinity = [&](std::uint32_t s) {
    std::uint64_t a = 0;
    for (const NeuronId* p = graph.sources_begin(s); p != graph.sources_end(s); ++p) a += linked[*p];
    const Slice& sl = graph.slice(s);
    for (NeuronId n = sl.first; n < sl.first + sl.count; ++n) a += linked[n];
    return a * 4096 + std::min<std::uint64_t>(graph.source_count(s), 4095);
  };
  std::vector<std::uint32_t> order;
  while (rest.size() > 1) {
    auto pick = std::max_element(rest.begin(), rest.end(), [&](std::uint32_t a, std::uint32_t b) {
      return affinity(a) < affinity(b);
    });
    const std::uint32_t s = *pick;
    order.push_back(s);
    rest.erase(pick);
    for (const NeuronId* p = graph.sources_begin(s); p != graph.sources_end(s); ++p) linked[*p] = 1;
    const Slice& sl = graph.slice(s);
    std::fill(linked.begin() + sl.first, linked.begin() + sl.first + sl.count, 1);
  }
  return order;
}

// Multi-slice repair: moves the cohesive prefix of core c's slices that lowers the total
// overflow most to the roomiest other core; leaves everything as it was when none lowers it.
// True when it moved.
bool split_core(CoreLoad& load, const SliceGraph& graph, std::uint32_t neuron_count, CoreId c) {
  const std::vector<CoreId> spare = roomiest_cores(load, c);
  if (spare.empty()) return false;
  const std::vector<std::uint32_t> order = cohesive_order(load, graph, neuron_count, c);
  double best = load.total_overflow() - 1e-12;
  std::size_t keep = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    load.move(order[i], spare.front());
    const double now = load.total_overflow();
    if (now < best) best = now, keep = i + 1;
  }
  for (std::size_t i = order.size(); i > keep; --i) load.move(order[i - 1], c);
  return keep > 0;
}

}  // namespace

void check_slices_fit(const SnnNetwork& net, const SliceGraph& graph, const CoreLimits& limits) {
  for (std::uint32_t s = 0; s < graph.size(); ++s) {
    const Slice& sl = graph.slice(s);
    const std::uint64_t need[] = {sl.count, graph.source_count(s), 0, graph.bits(s),
                                  std::uint64_t{sl.count} * (graph.max_delay(s) + 1)};
    const char* what[] = {"neurons", "input axons", "output axons", "bits of synapse memory",
                          "dendritic accumulators"};
    for (int r = 0; r < kResourceCount; ++r) {
      const std::uint64_t cap = limits.limit(static_cast<Resource>(r));
      if (need[r] <= cap) continue;
      throw CapacityError("network does not fit: neurons " + slice_name(net, sl) + " alone need " +
                          std::to_string(need[r]) + " " + what[r] + ", the limit is " +
                          std::to_string(cap) + " (" + limits.key(static_cast<Resource>(r)) +
                          "): " + std::to_string(need[r] - cap) + " too many");
    }
  }
}

void legalize(CoreLoad& load, const SnnNetwork& net, const SliceGraph& graph,
              const CoreLimits& limits) {
  // Repairs strictly lower the total overflow and legal moves only empty over cores into legal
  // ones; the budget guards against cycles all the same.
  std::uint64_t budget = 64ull * load.where().size() + 1000;
  for (bool again = true; again;) {
    again = false;
    for (CoreId c = 0; c < load.cores(); ++c) {
      while (load.over(c)) {
        again = true;
        const std::vector<std::uint32_t> on_core = load.slices_on(c);
        const std::vector<CoreId> spare = roomiest_cores(load, c);
        Move best;
        for (std::uint32_t s : on_core) {
          std::vector<CoreId> targets = load.candidates(s, kCandidates);
          targets.insert(targets.end(), spare.begin(), spare.end());
          for (CoreId t : targets) {
            if (t == c) continue;
            const CoreLoad::MoveEffect e = load.evaluate(s, t);
            if (acceptable(e) && (best.to == kNone || better(e, best.effect))) best = {s, t, e};
          }
        }
        if (budget-- == 0) refuse(load, net, graph, limits, c, on_core.front());
        if (best.to != kNone) {
          load.move(best.slice, best.to);
        } else if (!split_core(load, graph, net.neuron_count(), c)) {
          refuse(load, net, graph, limits, c, on_core.front());
        }
      }
    }
  }
}

std::uint64_t refine(CoreLoad& load, unsigned passes) {
  std::uint64_t moves = 0;
  const auto slices = static_cast<std::uint32_t>(load.where().size());
  for (unsigned pass = 0; pass < passes; ++pass) {
    std::uint64_t moved = 0;
    for (std::uint32_t s = 0; s < slices; ++s) {
      CoreId best = load.core_of_slice(s);
      double best_gain = 1e-9;
      double tolerance = 0.0;
      for (const CoreLoad::Candidate& c : load.ranked_candidates(s, kCandidates, tolerance)) {
        const CoreId t = c.core;
        if (t == load.core_of_slice(s) || c.gain_estimate + tolerance <= best_gain) continue;
        const CoreLoad::MoveEffect e = load.evaluate(s, t);
        if (e.legal && e.gain > best_gain) {
          best_gain = e.gain;
          best = t;
        }
      }
      if (best == load.core_of_slice(s)) continue;
      load.move(s, best);
      ++moved;
    }
    moves += moved;
    if (moved == 0) break;
  }
  return moves;
}

}  // namespace nm
