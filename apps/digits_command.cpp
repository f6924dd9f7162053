// `neuromesh digits ARCH NET`: the Diehl & Cook (2015) experiment (apps/digits/) on a
// persistent plain chip (hw_model/plain_chip_runner.h). docs/digits.md describes it.
#include <cstdlib>
#include <fstream>
#include <optional>

#include "apps/commands.h"
#include "apps/digits/diehl_cook_experiment.h"
#include "apps/digits/experiment_report.h"
#include "common/errors.h"
#include "hw_model/weights_csv.h"

namespace nm::cli {

namespace {

// `text` as a number for which `in_range` holds; else a UserError naming `option` and `range`.
template <typename InRange>
double parse_number_in(const char* option, const std::string& text, const char* range,
                       InRange in_range) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || !in_range(v))
    throw UserError(std::string(option) + " must be a number in " + range + ", not '" + text +
                    "'");
  return v;
}

// Opens `path` for writing unless it is empty; a UserError naming `option` when it cannot.
void open_if_asked(std::ofstream& file, const std::string& path, const char* option) {
  if (path.empty()) return;
  file.open(path);
  if (!file) throw UserError(std::string(option) + ": cannot write '" + path + "'");
}

}  // namespace

int digits_command(const Options& o, std::ostream& out) {
  const LoadedInputs in = load_command_inputs(o);
  digits::ExperimentOptions eo;
  eo.train_samples = o.train_samples;
  eo.label_samples = o.label_samples;
  eo.test_samples = o.test_samples;
  if (o.sample_steps == 0 || o.sample_steps > 100000)
    throw UserError("--sample-steps must be between 1 and 100000");
  if (o.rest_steps > 100000) throw UserError("--rest-steps must be at most 100000");
  eo.sample_steps = static_cast<std::uint32_t>(o.sample_steps);
  eo.rest_steps = static_cast<std::uint32_t>(o.rest_steps);
  eo.max_rate_hz = parse_number_in("--max-rate-hz", o.max_rate_hz, "(0, 1000]",
                                   [](double v) { return v > 0.0 && v <= 1000.0; });
  eo.input_l2_norm = parse_number_in("--input-l2-norm", o.input_l2_norm, "[0, 100000]",
                                     [](double v) { return v >= 0.0 && v <= 100000.0; });
  eo.min_spikes = static_cast<std::uint32_t>(std::min<std::uint64_t>(o.min_spikes, 1u << 30));
  eo.max_retries = static_cast<std::uint32_t>(std::min<std::uint64_t>(o.max_retries, 100));
  digits::check_network(in.net, eo);
  // Output files are opened first: a bad path fails before a long run.
  std::ofstream json_file, responses_file;
  open_if_asked(json_file, o.result_json, "--json");
  open_if_asked(responses_file, o.responses_csv, "--responses-out");
  if (!o.weights_dir.empty()) create_folder(o.weights_dir, "--weights-out");
  const digits::Dataset data = digits::load_dataset(o.dataset, o.data_dir);
  const Mapping mapping = make_mapping(in, o);
  PlainChipRunner runner(in.arch, in.net, mapping, o.seed, false, o.lockstep);
  std::optional<digits::ResponseLog> responses;
  if (responses_file.is_open()) responses.emplace(responses_file);
  const digits::ExperimentResult r =
      digits::run_experiment(runner, in.net, data, eo, responses ? &*responses : nullptr);
  if (!o.weights_dir.empty())
    write_plastic_weights(in.net, runner.chip().plastic_synapses(), o.weights_dir);

  const Population* exc = in.net.find_population(eo.exc_population);
  const digits::ExperimentInfo info{in.arch_source, in.net_source, o.dataset, o.seed,
                                    exc ? exc->size : 0};
  const nlohmann::json j = digits::experiment_json(in.arch, info, eo, r);
  if (json_file.is_open()) json_file << j.dump(2) << '\n';
  digits::print_experiment_summary(j, out);
  return 0;
}

}  // namespace nm::cli
