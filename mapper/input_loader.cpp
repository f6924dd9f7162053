#include "mapper/input_loader.h"

#include <limits>

#include "common/csv_reader.h"
#include "common/errors.h"
#include "mapper/loader_util.h"
#include "mapper/population_loader.h"

namespace nm {

namespace {

constexpr std::int64_t kMaxStep = std::numeric_limits<std::uint32_t>::max();

void load_poisson(ConfigReader& r, Population& pop, double time_step_ms) {
  const double rate_hz = r.real("rate_hz", 0.0, std::numeric_limits<double>::max());
  const double per_step = rate_hz * time_step_ms / 1000.0;
  if (per_step > 1.0)
    r.fail("rate_hz", "rate_hz * time_step_ms / 1000 = " + std::to_string(per_step) +
                          " spikes per step; at most 1 spike per step is possible");
  pop.source.kind = SpikeSourceSpec::Kind::Poisson;
  pop.source.probability_per_step.assign(pop.size, per_step);
  pop.source.seed =
      static_cast<std::uint64_t>(r.integer("seed", 0, std::numeric_limits<std::int64_t>::max()));
}

// `times: [[1, 5], [2], []]`: one strictly ascending list of steps per neuron.
void load_inline_times(ConfigReader& r, Population& pop) {
  const ConfigNode& times = r.raw("times");
  if (!times.is_sequence()) r.fail("times", "expected a list with one list of steps per neuron");
  if (times.items().size() != pop.size)
    r.fail("times", "has " + std::to_string(times.items().size()) + " lists, the input has " +
                        std::to_string(pop.size) + " neurons (one list per neuron, [] for none)");
  pop.source.times.resize(pop.size);
  for (std::size_t i = 0; i < pop.size; ++i) {
    // Wrap each neuron's list in a one-key map so ConfigReader checks it and names it "times[i]".
    const std::string key = "times[" + std::to_string(i) + "]";
    ConfigNode holder = ConfigNode::make_map(times.mark());
    holder.add_entry(key, times.items()[i]);
    ConfigReader item(holder, r.path());
    const std::vector<std::int64_t> steps = item.integer_list(key, 1, kMaxStep);
    for (std::size_t k = 1; k < steps.size(); ++k)
      if (steps[k] <= steps[k - 1])
        item.fail(key, "steps must be strictly ascending, found " + std::to_string(steps[k]) +
                           " after " + std::to_string(steps[k - 1]));
    pop.source.times[i].assign(steps.begin(), steps.end());
  }
}

}  // namespace

std::vector<std::vector<std::uint32_t>> load_spike_times_csv(const std::string& path,
                                                             std::uint32_t size) {
  const CsvTable table = CsvTable::load(path, {"step", "neuron"});
  const std::size_t step_col = table.column("step");
  const std::size_t neuron_col = table.column("neuron");
  std::vector<std::vector<std::uint32_t>> times(size);
  for (std::size_t row = 0; row < table.rows(); ++row) {
    const auto step = static_cast<std::uint32_t>(table.integer_at(row, step_col, 1, kMaxStep));
    const auto neuron =
        static_cast<std::uint32_t>(table.integer_at(row, neuron_col, 0, std::int64_t{size} - 1));
    auto& list = times[neuron];
    if (!list.empty() && step <= list.back())
      throw UserError(table.where(row, step_col) + "neuron " + std::to_string(neuron) +
                      "'s steps must be strictly ascending, found " + std::to_string(step) +
                      " after " + std::to_string(list.back()));
    list.push_back(step);
  }
  return times;
}

Population load_input(ConfigReader& r, const std::string& base_dir, double time_step_ms) {
  reject_unknown_keys(r, {"name", "size", "type", "rate_hz", "seed", "times", "times_file"});
  Population pop;
  pop.name = read_identifier(r, "name");
  pop.size = static_cast<std::uint32_t>(r.integer("size", 1, kMaxPopulationSize));
  pop.model = Population::Model::SpikeSource;
  const std::string type = r.choice("type", {"poisson", "spike_times"});
  if (type == "poisson") {
    reject_foreign_keys(r, {"times", "times_file"}, "only for inputs of type spike_times");
    load_poisson(r, pop, time_step_ms);
  } else {
    reject_foreign_keys(r, {"rate_hz", "seed"}, "only for inputs of type poisson");
    pop.source.kind = SpikeSourceSpec::Kind::SpikeTimes;
    const bool inline_times = r.has("times");
    if (inline_times == r.has("times_file"))
      r.fail(inline_times ? "times_file" : "type",
             "a spike_times input needs exactly one of times (inline lists) or times_file (CSV)");
    if (inline_times)
      load_inline_times(r, pop);
    else
      pop.source.times = load_spike_times_csv(read_data_file(r, "times_file", base_dir), pop.size);
  }
  r.finish();
  return pop;
}

}  // namespace nm
