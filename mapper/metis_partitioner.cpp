#include "mapper/metis_partitioner.h"

#include <metis.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "common/errors.h"

namespace nm {

namespace {

struct Edge {
  std::uint32_t from, to;
  double weight;  // expected spikes per step between the two slices
};

// Directed slice-to-slice traffic, aggregated per (from, to), then made symmetric.
std::vector<Edge> slice_edges(const SliceGraph& g, const std::vector<double>& rates) {
  std::vector<Edge> edges;
  std::vector<double> acc(g.size(), 0.0);
  std::vector<std::uint32_t> touched;
  for (std::uint32_t t = 0; t < g.size(); ++t) {
    for (const NeuronId* p = g.sources_begin(t); p != g.sources_end(t); ++p) {
      const std::uint32_t s = g.slice_of(*p);
      if (s == t) continue;
      if (acc[s] == 0.0) touched.push_back(s);
      acc[s] += rates[*p] + 1e-9;
    }
    for (std::uint32_t s : touched) {
      edges.push_back({s, t, acc[s]});
      edges.push_back({t, s, acc[s]});
      acc[s] = 0.0;
    }
    touched.clear();
  }
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    return a.from != b.from ? a.from < b.from : a.to < b.to;
  });
  std::vector<Edge> merged;
  for (const Edge& e : edges) {
    if (!merged.empty() && merged.back().from == e.from && merged.back().to == e.to)
      merged.back().weight += e.weight;
    else
      merged.push_back(e);
  }
  return merged;
}

// Integer weights in [1, top] proportional to `values` (METIS needs positive integers).
std::vector<idx_t> scaled(const std::vector<double>& values, double top) {
  double max = 0.0;
  for (double v : values) max = std::max(max, v);
  std::vector<idx_t> out(values.size(), 1);
  if (max <= 0.0) return out;
  for (std::size_t i = 0; i < values.size(); ++i)
    out[i] = std::max<idx_t>(1, static_cast<idx_t>(std::lround(values[i] / max * top)));
  return out;
}

}  // namespace

std::vector<std::uint32_t> partition_slices(const SliceGraph& g, const std::vector<double>& rates,
                                            std::uint32_t parts, std::uint64_t seed,
                                            Balance balance) {
  const std::uint32_t n = g.size();
  std::vector<std::uint32_t> part(n, 0);
  if (parts <= 1 || n == 0) return part;
  if (parts >= n) {
    for (std::uint32_t s = 0; s < n; ++s) part[s] = s;
    return part;
  }
  // Vertex weights, one column per constraint with a non-zero total, each scaled to fit idx_t.
  std::vector<std::vector<double>> columns(4, std::vector<double>(n, 0.0));
  for (std::uint32_t t = 0; t < n; ++t) {
    const Slice& sl = g.slice(t);
    columns[0][t] = sl.count;
    columns[1][t] = static_cast<double>(g.bits(t));
    columns[2][t] = static_cast<double>(g.source_count(t));
    for (const NeuronId* p = g.sources_begin(t); p != g.sources_end(t); ++p)
      columns[3][g.slice_of(*p)] += 1.0;  // one output axon (upper bound) per (pre, slice)
  }
  std::vector<std::vector<idx_t>> kept;
  for (std::size_t k = 0; k < columns.size(); ++k) {
    if (balance != Balance::EveryCap && k != (balance == Balance::Neurons ? 0u : 1u)) continue;
    const auto& col = columns[k];
    double total = 0.0, max = 0.0;
    for (double v : col) total += v, max = std::max(max, v);
    if (total <= 0.0) continue;
    const double top = std::min(max, 1e9 / total * max);  // keeps the column total below 1e9
    std::vector<idx_t> w(n);
    for (std::uint32_t i = 0; i < n; ++i)
      w[i] = static_cast<idx_t>(std::llround(col[i] / max * std::max(top, 1.0)));
    kept.push_back(std::move(w));
  }
  idx_t ncon = static_cast<idx_t>(kept.size());
  std::vector<idx_t> vwgt(static_cast<std::size_t>(n) * kept.size());
  for (std::uint32_t i = 0; i < n; ++i)
    for (std::size_t c = 0; c < kept.size(); ++c) vwgt[i * kept.size() + c] = kept[c][i];

  const std::vector<Edge> edges = slice_edges(g, rates);
  std::vector<idx_t> xadj(n + 1, 0), adjncy(edges.size());
  std::vector<double> weights(edges.size());
  for (std::size_t e = 0; e < edges.size(); ++e) {
    ++xadj[edges[e].from + 1];
    adjncy[e] = static_cast<idx_t>(edges[e].to);
    weights[e] = edges[e].weight;
  }
  for (std::uint32_t i = 0; i < n; ++i) xadj[i + 1] += xadj[i];
  std::vector<idx_t> adjwgt = scaled(weights, 1000.0);

  idx_t options[METIS_NOPTIONS];
  METIS_SetDefaultOptions(options);
  options[METIS_OPTION_OBJTYPE] = METIS_OBJTYPE_CUT;  // total edge weight cut; VOL was slower for no better hops
  options[METIS_OPTION_UFACTOR] = 30;  // 3% imbalance per constraint (soft)
  options[METIS_OPTION_NUMBERING] = 0;
  options[METIS_OPTION_SEED] = static_cast<idx_t>(seed % 2147483647u);
  idx_t nvtxs = static_cast<idx_t>(n), nparts = static_cast<idx_t>(parts), objval = 0;
  if (ncon == 0) ncon = 1, vwgt.assign(n, 1);
  std::vector<idx_t> result(n, 0);
  const int status = METIS_PartGraphKway(&nvtxs, &ncon, xadj.data(), adjncy.data(), vwgt.data(),
                                         nullptr, adjwgt.data(), &nparts,
                                         nullptr, nullptr, options, &objval, result.data());
  if (status != METIS_OK)
    throw InternalError("METIS_PartGraphKway failed with status " + std::to_string(status));
  for (std::uint32_t i = 0; i < n; ++i) part[i] = static_cast<std::uint32_t>(result[i]);
  return part;
}

}  // namespace nm
