#include "mapper/projection_loader.h"

#include <algorithm>
#include <limits>
#include <set>
#include <optional>

#include "common/csv_reader.h"
#include "common/errors.h"
#include "common/rng.h"
#include "mapper/connectors.h"
#include "mapper/learning_loader.h"
#include "mapper/loader_util.h"

namespace nm {

namespace {

constexpr std::int64_t kMaxSeed = std::numeric_limits<std::int64_t>::max();

bool by_pre_post(const Synapse& a, const Synapse& b) {
  return a.pre != b.pre ? a.pre < b.pre : a.post < b.post;
}

// A weight or delay: one integer for every synapse, or {uniform: [lo, hi], seed: s}.
struct ValueSpec {
  std::int64_t lo = 0;
  std::int64_t hi = 0;
  std::uint64_t seed = 0;
  bool uniform = false;
};

ValueSpec read_value(ConfigReader& r, const std::string& key, std::int64_t min, std::int64_t max) {
  ValueSpec spec;
  if (!r.has(key) || !r.raw(key).is_map()) {
    spec.lo = spec.hi = r.integer(key, min, max);
    return spec;
  }
  ConfigReader v = r.section(key);
  const std::vector<std::int64_t> range = v.integer_list("uniform", min, max);
  if (range.size() != 2 || range[0] > range[1])
    v.fail("uniform", "expected [lo, hi] with lo <= hi (both inclusive)");
  spec.lo = range[0];
  spec.hi = range[1];
  spec.seed = static_cast<std::uint64_t>(v.integer("seed", 0, kMaxSeed));
  spec.uniform = true;
  v.finish();
  return spec;
}

template <typename T>
void assign_values(std::vector<Synapse>& synapses, T Synapse::*field, const ValueSpec& spec,
                   const std::string& stream_name) {
  Rng rng(spec.seed, stream_name);
  const auto span = static_cast<std::uint64_t>(spec.hi - spec.lo) + 1;
  for (auto& s : synapses)
    s.*field = static_cast<T>(spec.uniform ? spec.lo + static_cast<std::int64_t>(rng.below(span))
                                           : spec.lo);
}

const Population& read_population_ref(ConfigReader& r, const std::string& key,
                                      const SnnNetwork& net) {
  const std::string name = r.text(key);
  const Population* pop = net.find_population(name);
  if (pop == nullptr) r.fail(key, "no population or input is named '" + name + "'");
  return *pop;
}

std::string choose_name(ConfigReader& r, const Population& pre, const Population& post,
                        const std::set<std::string>& used) {
  if (r.has("name")) {
    const std::string name = read_identifier(r, "name");
    if (used.count(name) != 0) r.fail("name", "another projection is already named '" + name + "'");
    return name;
  }
  const std::string base = pre.name + "_to_" + post.name;
  std::string name = base;
  for (int k = 2; used.count(name) != 0; ++k) name = base + "_" + std::to_string(k);
  return name;
}

// One projection while loading: its synapses (global ids, sorted) and where it was declared.
struct Built {
  std::string name;
  WeightEncoding encoding;
  const Population* pre = nullptr;
  const Population* post = nullptr;
  bool from_file = false;
  std::uint32_t axon_type = 0;  // TrueNorth targets only
  std::vector<Synapse> synapses;
  std::optional<ProjectionLearning> learning;
};

WeightEncoding read_encoding(ConfigReader& r) {
  WeightEncoding e;
  e.weight_bits = static_cast<std::uint32_t>(r.integer_or("weight_bits", 8, 1, 8));
  const std::string sign = r.has("sign_mode")
                               ? r.choice("sign_mode", {"mixed", "excitatory", "inhibitory"})
                               : "mixed";
  e.sign = sign == "excitatory"   ? SignMode::Excitatory
           : sign == "inhibitory" ? SignMode::Inhibitory
                                  : SignMode::Mixed;
  e.exponent = static_cast<std::int32_t>(
      r.integer_or("weight_exponent", 0, kWeightExponentMin, kWeightExponentMax));
  e.plastic = r.flag_or("plastic", false);
  return e;
}

// Fails when a weight lies outside the mantissa range of the projection's sign mode.
void check_sign_mode(ConfigReader& r, ConfigReader& c, const Built& b) {
  const std::int32_t lo = min_mantissa(b.encoding.sign), hi = max_mantissa(b.encoding.sign);
  for (const Synapse& s : b.synapses) {
    if (s.weight >= lo && s.weight <= hi) continue;
    const std::string what = "synapse " + b.pre->name + "[" + std::to_string(s.pre - b.pre->first_id) +
                             "] -> " + b.post->name + "[" + std::to_string(s.post - b.post->first_id) +
                             "] has weight " + std::to_string(s.weight) + ", outside [" +
                             std::to_string(lo) + ", " + std::to_string(hi) + "] for sign_mode " +
                             sign_mode_name(b.encoding.sign);
    if (b.from_file) c.fail("file", what);
    r.fail("weight", what);
  }
}

const std::vector<std::string> kConnectorKeys{"p", "fanout", "seed", "allow_self", "file"};

std::vector<LocalPair> expand(ConfigReader& c, const std::string& type, const Population& pre,
                              const Population& post, const std::string& name,
                              std::uint64_t& total) {
  const bool recurrent = &pre == &post;
  bool exclude_self = false;
  // allow_self: false drops pre i -> post i: a neuron's own synapse in a recurrent projection,
  // or its partner's between two populations of one size (Diehl & Cook's inhibition of every
  // excitatory neuron but the one that drives it).
  if (type != "one_to_one" && c.has("allow_self")) {
    if (!recurrent && pre.size != post.size)
      c.fail("allow_self", "applies only to recurrent projections (pre and post the same) or "
                           "to populations of the same size (pre i -> post i)");
    exclude_self = !c.flag("allow_self");
  } else {
    exclude_self = recurrent && type != "one_to_one";
  }
  const std::uint64_t m = exclude_self ? post.size - 1u : post.size;
  std::uint64_t count = 0;  // synapses made (expected value for fixed_probability)
  double p = 0.0;
  std::uint32_t fanout = 0;
  if (type == "all_to_all") {
    count = pre.size * m;
  } else if (type == "one_to_one") {
    if (pre.size != post.size)
      c.fail("type", "one_to_one needs populations of the same size, but '" + pre.name + "' has " +
                         std::to_string(pre.size) + " neurons and '" + post.name + "' has " +
                         std::to_string(post.size));
    count = pre.size;
  } else if (type == "fixed_probability") {
    p = c.real("p", 0.0, 1.0);
    count = static_cast<std::uint64_t>(p * static_cast<double>(pre.size * m));
  } else {
    fanout = static_cast<std::uint32_t>(c.integer("fanout", 1, post.size));
    if (fanout > m)
      c.fail("fanout", "is more than the " + std::to_string(m) + " distinct targets available " +
                           "without self-connections (set allow_self: true to allow them)");
    count = std::uint64_t{pre.size} * fanout;
  }
  total += count;
  if (total > kMaxSynapses)
    c.fail("type", "the network would have over " + std::to_string(kMaxSynapses) +
                       " synapses, the most a network file may create");
  if (type == "all_to_all") return connect_all_to_all(pre.size, post.size, exclude_self);
  if (type == "one_to_one") return connect_one_to_one(pre.size);
  Rng rng(static_cast<std::uint64_t>(c.integer("seed", 0, kMaxSeed)), "proj:" + name);
  if (type == "fixed_probability")
    return connect_fixed_probability(pre.size, post.size, p, exclude_self, rng);
  return connect_fixed_fanout(pre.size, post.size, fanout, exclude_self, rng);
}

Built load_one(ConfigReader& r, const SnnNetwork& net, const std::string& base_dir,
               const std::set<std::string>& used, std::uint64_t& total) {
  reject_unknown_keys(r, {"name", "pre", "post", "connector", "weight", "delay", "weight_bits",
                          "sign_mode", "weight_exponent", "plastic", "learning",
                          "axon_type"});
  Built b;
  b.pre = &read_population_ref(r, "pre", net);
  b.post = &read_population_ref(r, "post", net);
  if (b.post->model == Population::Model::SpikeSource)
    r.fail("post", "'" + b.post->name + "' is an input (spike source) and cannot receive synapses");
  b.name = choose_name(r, *b.pre, *b.post, used);
  b.encoding = read_encoding(r);
  if (r.has("axon_type")) {
    if (b.post->model != Population::Model::TrueNorth)
      r.fail("axon_type", "applies only to projections onto TrueNorth populations");
    b.axon_type = static_cast<std::uint32_t>(r.integer("axon_type", 0, 3));
  }
  if (r.has("learning")) {
    if (r.has("plastic") && !b.encoding.plastic)
      r.fail("plastic", "must be true (or absent) when the projection has `learning:`");
    b.encoding.plastic = true;
    b.learning = load_learning(r, net);
  }
  ConfigReader c = r.section("connector");
  std::vector<std::string> connector_keys{"type"};
  connector_keys.insert(connector_keys.end(), kConnectorKeys.begin(), kConnectorKeys.end());
  reject_unknown_keys(c, connector_keys);
  const std::string type = c.choice(
      "type", {"all_to_all", "one_to_one", "fixed_probability", "fixed_fanout", "from_file"});
  std::vector<std::string> own;  // connector keys this type reads
  if (type == "fixed_probability") own = {"p", "seed", "allow_self"};
  if (type == "fixed_fanout") own = {"fanout", "seed", "allow_self"};
  if (type == "all_to_all") own = {"allow_self"};
  if (type == "from_file") own = {"file"};
  for (const auto& key : kConnectorKeys)
    if (std::find(own.begin(), own.end(), key) == own.end() && c.has(key))
      c.fail(key, "is not used by connector type '" + type + "'");

  if (type == "from_file") {
    reject_foreign_keys(r, {"weight", "delay"},
                        "not allowed with a from_file connector (the file gives each synapse's "
                        "weight and delay)");
    b.from_file = true;
    b.synapses = load_synapses_csv(read_data_file(c, "file", base_dir), *b.pre, *b.post);
    total += b.synapses.size();
    if (total > kMaxSynapses)
      c.fail("file", "the network would have over " + std::to_string(kMaxSynapses) + " synapses");
    if (!std::is_sorted(b.synapses.begin(), b.synapses.end(), by_pre_post))
      std::stable_sort(b.synapses.begin(), b.synapses.end(), by_pre_post);
  } else {
    // TrueNorth targets: the weight is the target neuron's S[axon_type], so no weight is given.
    const bool tn = b.post->model == Population::Model::TrueNorth;
    if (tn && r.has("weight"))
      r.fail("weight", "'" + b.post->name + "' is a TrueNorth population: give axon_type (0..3) "
                       "instead; the weight is the target neuron's weights[axon_type]");
    const ValueSpec weight = tn ? ValueSpec{} : read_value(r, "weight", kMinWeight, kMaxWeight);
    ValueSpec delay;
    if (r.has("delay")) delay = read_value(r, "delay", 0, kMaxDelay);
    const std::vector<LocalPair> pairs = expand(c, type, *b.pre, *b.post, b.name, total);
    b.synapses.resize(pairs.size());
    for (std::size_t k = 0; k < pairs.size(); ++k) {
      b.synapses[k].pre = b.pre->first_id + pairs[k].pre;
      b.synapses[k].post = b.post->first_id + pairs[k].post;
    }
    assign_values(b.synapses, &Synapse::weight, weight, "weight:" + b.name);
    assign_values(b.synapses, &Synapse::delay, delay, "delay:" + b.name);
  }
  check_sign_mode(r, c, b);
  c.finish();
  r.finish();
  return b;
}

// Fails on `r` when `b` repeats a (pre, post) pair of `earlier` (both sorted by (pre, post)).
void check_no_shared_pair(ConfigReader& r, const Built& b, const Built& earlier) {
  auto i = b.synapses.begin();
  auto j = earlier.synapses.begin();
  while (i != b.synapses.end() && j != earlier.synapses.end()) {
    if (by_pre_post(*i, *j)) {
      ++i;
    } else if (by_pre_post(*j, *i)) {
      ++j;
    } else {
      r.fail("connector", "connects " + b.pre->name + "[" +
                              std::to_string(i->pre - b.pre->first_id) + "] -> " + b.post->name +
                              "[" + std::to_string(i->post - b.post->first_id) +
                              "], which projection '" + earlier.name +
                              "' already connects; only from_file projections may repeat a pair");
    }
  }
}

}  // namespace

std::vector<Synapse> load_synapses_csv(const std::string& path, const Population& pre,
                                       const Population& post) {
  const CsvTable table = CsvTable::load(path, {"pre", "post", "weight", "delay"});
  const std::size_t c_pre = table.column("pre"), c_post = table.column("post");
  const std::size_t c_weight = table.column("weight"), c_delay = table.column("delay");
  std::vector<Synapse> out(table.rows());
  for (std::size_t row = 0; row < table.rows(); ++row) {
    Synapse& s = out[row];
    s.pre = pre.first_id + static_cast<NeuronId>(table.integer_at(row, c_pre, 0, pre.size - 1));
    s.post = post.first_id + static_cast<NeuronId>(table.integer_at(row, c_post, 0, post.size - 1));
    s.weight = static_cast<std::int32_t>(table.integer_at(row, c_weight, kMinWeight, kMaxWeight));
    s.delay = static_cast<std::uint32_t>(table.integer_at(row, c_delay, 0, kMaxDelay));
  }
  return out;
}

std::vector<Synapse> load_projections(std::vector<ConfigReader>& list, const SnnNetwork& net,
                                      const std::string& base_dir,
                                      std::vector<ProjectionSpec>* specs) {
  std::vector<Built> built;
  std::set<std::string> used;
  std::uint64_t total = 0;
  for (auto& r : list) {
    Built b = load_one(r, net, base_dir, used, total);
    for (const Built& earlier : built)
      if (earlier.pre == b.pre && earlier.post == b.post && !(earlier.from_file && b.from_file))
        check_no_shared_pair(r, b, earlier);
    used.insert(b.name);
    built.push_back(std::move(b));
  }
  for (std::size_t k = 0; k < built.size(); ++k) {
    Built& b = built[k];
    bool has_delays = false;
    for (Synapse& s : b.synapses) {
      s.projection = static_cast<std::uint32_t>(k);
      has_delays = has_delays || s.delay > 0;
    }
    if (specs != nullptr) {
      specs->push_back({b.name, b.pre->name, b.post->name, b.encoding, has_delays, b.learning});
      specs->back().axon_type = b.axon_type;
    }
  }
  // Each projection is sorted and its pre ids lie in its pre population, so the projections in
  // order of their pre population, each group merged run by run (stable, like sorting the list-
  // order concatenation), give the sorted list without sorting 10^8 synapses again.
  std::vector<std::size_t> order(built.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&built](std::size_t a, std::size_t b) {
    return built[a].pre->first_id < built[b].pre->first_id;
  });
  std::vector<Synapse> all;
  all.reserve(total);
  std::size_t group_begin = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    Built& b = built[order[i]];
    if (i > 0 && built[order[i - 1]].pre != b.pre) group_begin = all.size();
    const std::size_t middle = all.size();
    all.insert(all.end(), b.synapses.begin(), b.synapses.end());
    std::vector<Synapse>().swap(b.synapses);
    std::inplace_merge(all.begin() + static_cast<std::ptrdiff_t>(group_begin),
                       all.begin() + static_cast<std::ptrdiff_t>(middle), all.end(), by_pre_post);
  }
  return all;
}

}  // namespace nm
