#include "mapper/learning_loader.h"

#include <limits>

#include "mapper/loader_util.h"
#include "mapper/rule_library.h"

namespace nm {

namespace {

constexpr std::int64_t kMaxSeed = std::numeric_limits<std::int64_t>::max();

TraceParams read_trace(ConfigReader& traces, const std::string& key) {
  if (!traces.has(key)) return TraceParams{};
  ConfigReader t = traces.section(key);
  const double impulse = t.real("impulse", 0.0, kTraceMax);
  const double tau = t.real_or("tau_steps", 0.0, 0.0, 1e9);
  t.finish();
  return make_trace_params(impulse, tau);
}

struct Needed {
  FactorKind factor;
  const char* key;
  TraceParams ProjectionLearning::*field;
};
const Needed kTraces[] = {{FactorKind::X1, "x1", &ProjectionLearning::x1},
                          {FactorKind::X2, "x2", &ProjectionLearning::x2},
                          {FactorKind::Y1, "y1", &ProjectionLearning::y1},
                          {FactorKind::Y2, "y2", &ProjectionLearning::y2},
                          {FactorKind::Y3, "y3", &ProjectionLearning::y3}};

ProjectionLearning read(ConfigReader& r, const SnnNetwork& net, const std::string& rule_name) {
  reject_unknown_keys(r, {"rule", "epoch_steps", "traces", "reward", "seed", "description"});
  ProjectionLearning l;
  l.rule_name = rule_name;
  if (r.has("description")) r.text("description");  // library files describe themselves
  const std::string text = r.text("rule");
  try {
    l.rule = parse_learning_rule(text);
  } catch (const RuleSyntaxError& e) {
    r.fail("rule", e.what());
  }
  l.epoch_steps = static_cast<std::uint32_t>(r.integer("epoch_steps", 1, 63));
  if (r.has("traces")) {
    ConfigReader traces = r.section("traces");
    reject_unknown_keys(traces, {"x1", "x2", "y1", "y2", "y3"});
    for (const Needed& n : kTraces) l.*(n.field) = read_trace(traces, n.key);
    traces.finish();
  }
  if (r.has("reward")) {
    ConfigReader rw = r.section("reward");
    const std::string pop = rw.text("population");
    if (net.find_population(pop) == nullptr)
      rw.fail("population", "no population or input is named '" + pop + "'");
    l.reward_population = pop;
    const double impulse = rw.real("impulse", 0.0, kTraceMax);
    l.r1 = make_trace_params(impulse, rw.real_or("tau_steps", 0.0, 0.0, 1e9));
    rw.finish();
  }
  l.seed = static_cast<std::uint64_t>(r.integer_or("seed", 0, 0, kMaxSeed));
  for (const Needed& n : kTraces)
    if (l.rule.reads(n.factor) && !(l.*(n.field)).active())
      r.fail("rule", std::string("the rule reads ") + n.key + " but traces." + n.key +
                         ".impulse is not set (or 0), so " + n.key + " would always be 0");
  if (l.rule.reads(FactorKind::R1) && !l.r1.active())
    r.fail("rule", "the rule reads r1 but no reward (with an impulse > 0) is set");
  r.finish();
  return l;
}

}  // namespace

ProjectionLearning load_learning(ConfigReader& projection, const SnnNetwork& net) {
  const ConfigNode& node = projection.raw("learning");
  const std::string path = projection.key_path("learning");
  if (!node.is_map()) {
    ConfigReader probe(node, path);  // throws "expected a map"
  }
  const ConfigNode* rule = node.find("rule");
  const bool named = rule != nullptr && rule->is_scalar() &&
                     rule->scalar().find('=') == std::string::npos;
  if (!named) {
    ConfigReader r(node, path);
    return read(r, net, "");
  }
  const std::string name = rule->scalar();
  const EmbeddedFile* file = find_rule_file(name);
  if (file == nullptr) {
    ConfigReader r(node, path);
    r.fail("rule", "no library rule is named '" + name + "' (library: " + rule_names() +
                       "); inline rule text must contain '='");
  }
  ConfigNode merged = ConfigNode::parse(file->text, file->path);
  ConfigNode over = node;
  over.erase("rule");
  merged.merge_from(over);
  ConfigReader r(merged, path);
  return read(r, net, name);
}

PlasticGroupSpec plastic_group_spec(const ProjectionSpec& spec, std::uint32_t index) {
  const ProjectionLearning& l = *spec.learning;
  PlasticGroupSpec g;
  g.projection = index;
  g.rule = l.rule;
  g.epoch_steps = l.epoch_steps;
  g.x1 = l.x1;
  g.x2 = l.x2;
  g.y1 = l.y1;
  g.y2 = l.y2;
  g.y3 = l.y3;
  g.r1 = l.r1;
  g.encoding = spec.encoding;
  return g;
}

}  // namespace nm
