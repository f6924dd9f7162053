#include "mapper/legalizer.h"

#include <algorithm>
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

CoreId first_empty_core(const CoreLoad& load) {
  for (CoreId c = 0; c < load.cores(); ++c)
    if (load.slices_on(c).empty()) return c;
  return load.cores();
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
  for (CoreId c = 0; c < load.cores(); ++c) {
    while (load.over(c)) {
      const std::vector<std::uint32_t> on_core = load.slices_on(c);
      const CoreId empty = first_empty_core(load);
      std::uint32_t best_slice = 0;
      CoreId best_core = load.cores();
      double best_gain = -std::numeric_limits<double>::infinity();
      for (std::uint32_t s : on_core) {
        std::vector<CoreId> targets = load.candidates(s, kCandidates);
        if (empty < load.cores()) targets.push_back(empty);
        for (CoreId t : targets) {
          if (t == c) continue;
          const CoreLoad::MoveEffect e = load.evaluate(s, t);
          if (e.legal && e.gain > best_gain) {
            best_gain = e.gain;
            best_slice = s;
            best_core = t;
          }
        }
      }
      if (best_core == load.cores()) refuse(load, net, graph, limits, c, on_core.front());
      load.move(best_slice, best_core);
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
      for (CoreId t : load.candidates(s, kCandidates)) {
        if (t == load.core_of_slice(s)) continue;
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
