#include "mapper/truenorth_population_loader.h"

#include "mapper/loader_util.h"
#include "mapper/population_loader.h"

namespace nm {

namespace {

constexpr std::int64_t kWide18 = (std::int64_t{1} << 18) - 1;

void read_per_type(ConfigReader& r, const std::string& key, std::int64_t lo, std::int64_t hi,
                   std::int32_t* out) {
  if (!r.has(key)) return;
  const std::vector<std::int64_t> v = r.integer_list(key, lo, hi);
  if (v.size() != kTnAxonTypes)
    r.fail(key, "expected one value per axon type (4), found " + std::to_string(v.size()));
  for (std::uint32_t g = 0; g < kTnAxonTypes; ++g) out[g] = static_cast<std::int32_t>(v[g]);
}

}  // namespace

TnNeuronSpec read_truenorth_params(ConfigReader& r) {
  reject_unknown_keys(r, {"weights", "stochastic_synapse", "leak", "leak_reversal",
                          "stochastic_leak", "threshold", "threshold_mask", "neg_threshold",
                          "neg_saturate", "reset_mode", "reset_potential", "v0"});
  TnNeuronSpec spec;
  TnNeuronParams& p = spec.params;
  read_per_type(r, "weights", kTnWeightMin, kTnWeightMax, p.weights);
  std::int32_t stochastic[kTnAxonTypes] = {0, 0, 0, 0};
  read_per_type(r, "stochastic_synapse", 0, 1, stochastic);
  for (std::uint32_t g = 0; g < kTnAxonTypes; ++g) p.stochastic_synapse[g] = stochastic[g] != 0;
  p.leak = static_cast<std::int32_t>(r.integer_or("leak", 0, kTnWeightMin, kTnWeightMax));
  p.leak_reversal = r.flag_or("leak_reversal", false);
  p.stochastic_leak = r.flag_or("stochastic_leak", false);
  p.threshold = static_cast<std::int32_t>(r.integer_or("threshold", 1, 0, kWide18));
  p.threshold_mask = static_cast<std::uint32_t>(r.integer_or("threshold_mask", 0, 0, kWide18));
  p.neg_threshold = static_cast<std::int32_t>(r.integer_or("neg_threshold", 0, 0, kWide18));
  p.neg_saturate = r.flag_or("neg_saturate", true);
  const std::string mode = r.choice_or("reset_mode", "normal", {"normal", "linear", "none"});
  p.reset_mode = mode == "normal"   ? TnResetMode::Normal
                 : mode == "linear" ? TnResetMode::Linear
                                    : TnResetMode::None;
  p.reset_potential = static_cast<std::int32_t>(
      r.integer_or("reset_potential", 0, kTnMembraneMin, kTnMembraneMax));
  spec.v0 = static_cast<std::int32_t>(r.integer_or("v0", 0, kTnMembraneMin, kTnMembraneMax));
  r.finish();
  return spec;
}

Population load_truenorth_population(ConfigReader& r) {
  reject_unknown_keys(r, {"name", "size", "model", "params"});
  Population pop;
  pop.name = read_identifier(r, "name");
  pop.size = static_cast<std::uint32_t>(r.integer("size", 1, kMaxPopulationSize));
  r.choice("model", {"truenorth"});
  pop.model = Population::Model::TrueNorth;
  TnNeuronSpec spec;
  if (r.has("params")) {
    ConfigReader params = r.section("params");
    spec = read_truenorth_params(params);
  }
  pop.truenorth.assign(pop.size, spec);
  r.finish();
  return pop;
}

}  // namespace nm
