#include "mapper/population_loader.h"

#include "common/csv_reader.h"
#include "common/errors.h"
#include "mapper/loader_util.h"

namespace nm {

namespace {

// Valid range of each Loihi LIF parameter (../shared/reference/loihi_lif/README.md).
struct ParamRange {
  const char* key;
  std::int32_t LifParams::*field;
  std::int64_t min;
  std::int64_t max;
};

constexpr std::int64_t kState24 = (std::int64_t{1} << 23) - 1;  // 24-bit signed state magnitude

const ParamRange kLifRanges[] = {
    {"du", &LifParams::du, 0, 4095},
    {"dv", &LifParams::dv, 0, 4095},
    {"vth", &LifParams::vth, 0, (1 << 17) - 1},
    {"bias_mant", &LifParams::bias_mant, -4096, 4095},
    {"bias_exp", &LifParams::bias_exp, 0, 7},
    {"u0", &LifParams::u0, -kState24, kState24},
    {"v0", &LifParams::v0, -kState24, kState24},
};

// Optional parameters (docs/models.md): absent from `params` or from the CSV header -> 0.
const ParamRange kLifExtraRanges[] = {
    {"refractory_steps", &LifParams::refractory_steps, 0, 63},
    {"vth_adapt_increment", &LifParams::vth_adapt_increment, 0, (1 << 17) - 1},
    {"vth_adapt_decay", &LifParams::vth_adapt_decay, 0, 4095},
};

LifParams read_scalar_params(ConfigReader& r) {
  LifParams p;
  for (const auto& range : kLifRanges)
    p.*range.field = static_cast<std::int32_t>(r.integer_or(range.key, 0, range.min, range.max));
  for (const auto& range : kLifExtraRanges)
    p.*range.field = static_cast<std::int32_t>(r.integer_or(range.key, 0, range.min, range.max));
  r.finish();
  return p;
}

}  // namespace

std::vector<LifParams> load_lif_params_csv(const std::string& path, std::uint32_t size) {
  std::vector<std::string> columns{"id"};
  for (const auto& range : kLifRanges) columns.emplace_back(range.key);
  const CsvTable table = CsvTable::load(path, columns);
  if (table.rows() != size)
    throw UserError(path + ": has " + std::to_string(table.rows()) +
                    " neuron rows, the population has " + std::to_string(size) + " neurons");
  const std::size_t id_col = table.column("id");
  std::size_t cols[std::size(kLifRanges)];
  for (std::size_t k = 0; k < std::size(kLifRanges); ++k) cols[k] = table.column(kLifRanges[k].key);

  std::vector<LifParams> params(size);
  for (std::size_t row = 0; row < table.rows(); ++row) {
    const std::int64_t id = table.integer_at(row, id_col, 0, kMaxPopulationSize);
    if (id != static_cast<std::int64_t>(row))
      throw UserError(table.where(row, id_col) + "expected id " + std::to_string(row) + ", got " +
                      std::to_string(id) + " (ids must be 0.." + std::to_string(size - 1) +
                      " in order)");
    for (std::size_t k = 0; k < std::size(kLifRanges); ++k) {
      const ParamRange& range = kLifRanges[k];
      params[row].*range.field =
          static_cast<std::int32_t>(table.integer_at(row, cols[k], range.min, range.max));
    }
    for (const ParamRange& range : kLifExtraRanges) {
      if (!table.has_column(range.key)) continue;
      params[row].*range.field = static_cast<std::int32_t>(
          table.integer_at(row, table.column(range.key), range.min, range.max));
    }
  }
  return params;
}

Population load_lif_population(ConfigReader& r, const std::string& base_dir) {
  reject_unknown_keys(
      r, {"name", "size", "model", "params", "params_file", "graded_spikes", "payload_bits"});
  Population pop;
  pop.name = read_identifier(r, "name");
  pop.size = static_cast<std::uint32_t>(r.integer("size", 1, kMaxPopulationSize));
  r.choice("model", {"loihi_lif"});
  pop.model = Population::Model::LoihiLif;
  if (r.has("params") && r.has("params_file"))
    r.fail("params_file",
           "give either params (the same for every neuron) or params_file "
           "(one row per neuron), not both");
  if (r.has("params_file")) {
    pop.lif = load_lif_params_csv(read_data_file(r, "params_file", base_dir), pop.size);
  } else {
    LifParams p;
    if (r.has("params")) {
      ConfigReader params = r.section("params");
      p = read_scalar_params(params);
    }
    pop.lif.assign(pop.size, p);
  }
  const bool graded = r.has("graded_spikes") && r.flag("graded_spikes");
  if (r.has("payload_bits") && !graded)
    r.fail("payload_bits", "applies only with graded_spikes: true");
  if (graded) pop.payload_bits = static_cast<std::uint32_t>(r.integer_or("payload_bits", 8, 1, 24));
  r.finish();
  return pop;
}

}  // namespace nm
