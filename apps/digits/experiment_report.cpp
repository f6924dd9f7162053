#include "apps/digits/experiment_report.h"

#include <cstdio>

namespace nm::digits {

namespace {

nlohmann::json part_json(const ArchParams& arch, const PartSummary& p) {
  const double ns_per_cycle = static_cast<double>(arch.chip.clock_period_ps) / 1000.0;
  return {
      {"samples", p.samples},
      {"presentations", p.presentations},
      {"steps", p.steps},
      {"cycles", p.cycles},
      {"energy_pj", p.energy_pj},
      {"learning_updates", p.learning_updates},
      {"exc_spikes", p.exc_spikes},
      {"u_wraps", p.u_wraps},
      {"host_seconds", p.host_seconds},
      {"energy_per_sample_pj", p.per_sample_pj()},
      {"cycles_per_sample", p.per_sample_cycles()},
      {"ns_per_sample", p.per_sample_cycles() * ns_per_cycle},
      {"host_seconds_per_sample",
       p.samples == 0 ? 0.0 : p.host_seconds / static_cast<double>(p.samples)},
  };
}

nlohmann::json accuracy_json(const Accuracy& a) {
  nlohmann::json confusion = nlohmann::json::array();
  for (const auto& row : a.confusion)
    confusion.push_back(std::vector<std::uint64_t>(std::begin(row), std::end(row)));
  return {{"test_samples", a.samples},
          {"correct", a.correct},
          {"fraction", a.fraction()},
          {"confusion_true_by_predicted_last_unlabelled", confusion}};
}

}  // namespace

nlohmann::json experiment_json(const ArchParams& arch, const ExperimentInfo& info,
                               const ExperimentOptions& o, const ExperimentResult& r) {
  nlohmann::json j;
  j["schema"] = "neuromesh.digits/1";
  j["info"] = {{"arch", info.arch_source}, {"network", info.net_source},
               {"dataset", info.dataset},  {"seed", info.seed},
               {"exc_neurons", info.exc_neurons}};
  j["options"] = {{"train_samples", o.train_samples}, {"label_samples", o.label_samples},
                  {"test_samples", o.test_samples},   {"sample_steps", o.sample_steps},
                  {"rest_steps", o.rest_steps},       {"max_rate_hz", o.max_rate_hz},
                  {"input_l2_norm", o.input_l2_norm},
                  {"min_spikes", o.min_spikes},       {"max_retries", o.max_retries},
                  {"retry_rate_step_hz", o.retry_rate_step_hz}};
  j["train"] = part_json(arch, r.train);
  j["label"] = part_json(arch, r.label);
  j["test"] = part_json(arch, r.test);
  j["accuracy"] = accuracy_json(r.accuracy);
  j["accuracy_response_proportion"] = accuracy_json(r.accuracy_by_shares);
  j["labels"] = {{"per_neuron", r.labels},
                 {"neurons_per_class",
                  std::vector<std::uint64_t>(std::begin(r.label_counts), std::end(r.label_counts))}};
  j["thresholds"] = {{"per_neuron_after_training_v_units", r.thresholds},
                     {"silenced_neurons", r.silenced_neurons}};
  return j;
}

void print_experiment_summary(const nlohmann::json& j, std::ostream& out) {
  char line[256];
  for (const auto& [key, readout] : {std::pair{"accuracy", "Diehl & Cook readout"},
                                      std::pair{"accuracy_response_proportion",
                                                "response-proportion vote"}}) {
    const auto& a = j[key];
    std::snprintf(line, sizeof line, "test accuracy        %.2f %% (%llu of %llu), %s\n",
                  100.0 * a["fraction"].get<double>(), a["correct"].get<unsigned long long>(),
                  a["test_samples"].get<unsigned long long>(), readout);
    out << line;
  }
  for (const char* part : {"train", "label", "test"}) {
    const auto& p = j[part];
    std::snprintf(line, sizeof line,
                  "%-6s %6llu samples  %10.3f uJ/sample  %10.0f cycles/sample (%.1f us)  "
                  "%8.3f s host\n",
                  part, p["samples"].get<unsigned long long>(),
                  p["energy_per_sample_pj"].get<double>() * 1e-6,
                  p["cycles_per_sample"].get<double>(), p["ns_per_sample"].get<double>() * 1e-3,
                  p["host_seconds"].get<double>());
    out << line;
  }
  const auto silenced = j["thresholds"]["silenced_neurons"].get<unsigned>();
  if (silenced > 0)
    out << "warning: " << silenced << " excitatory neurons can no longer fire after training (their "
        << "adaptive threshold passed v's 24-bit range): lower vth_adapt_increment\n";
}

}  // namespace nm::digits
