#include "apps/digits/diehl_cook_experiment.h"

#include <chrono>
#include <numeric>

#include "apps/digits/rate_coding.h"
#include "common/errors.h"

namespace nm::digits {

namespace {

using Clock = std::chrono::steady_clock;

const Population& find_population(const SnnNetwork& net, const std::string& name,
                                  const char* role) {
  const Population* p = net.find_population(name);
  if (!p)
    throw UserError("network '" + net.name + "' has no population '" + name + "' (the " + role +
                    " of the Diehl & Cook experiment)");
  return *p;
}

// Presents samples on the runner and accumulates one part's totals.
class Presenter {
 public:
  Presenter(PlainChipRunner& runner, const SnnNetwork& net, const ExperimentOptions& o,
            ResponseLog* log)
      : runner_(runner),
        o_(o),
        log_(log),
        input_(find_population(net, o.input_population, "input")),
        exc_(find_population(net, o.exc_population, "excitatory population")),
        spikes_(exc_.size, 0),
        time_step_ms_(net.time_step_ms) {}

  // Shows `img` (with repeats) and returns the excitatory spike counts of the last presentation;
  // `part_name` names the part in the response log.
  const std::vector<std::uint32_t>& show(const LabelledImage& img, PartSummary& part,
                                         const char* part_name) {
    double rate_hz = o_.max_rate_hz;
    for (std::uint32_t attempt = 0;; ++attempt) {
      present(img, rate_hz, part);
      if (log_) log_->add(part_name, part.samples, attempt, img.label, rate_hz, spikes_);
      const std::uint64_t total = std::accumulate(spikes_.begin(), spikes_.end(), std::uint64_t{0});
      if (total >= o_.min_spikes || attempt >= o_.max_retries) break;
      rate_hz += o_.retry_rate_step_hz;
    }
    ++part.samples;
    return spikes_;
  }

 private:
  void present(const LabelledImage& img, double rate_hz, PartSummary& part) {
    runner_.reset_neuron_state();
    if (o_.rest_steps > 0) {
      for (std::uint32_t i = 0; i < kImagePixels; ++i)
        runner_.set_input_probability(input_.first_id + i, 0.0);
      add(runner_.run(o_.rest_steps), part);
    }
    const auto probabilities =
        spike_probabilities(img, RateCoding{rate_hz, time_step_ms_, o_.input_l2_norm});
    for (std::uint32_t i = 0; i < kImagePixels; ++i)
      runner_.set_input_probability(input_.first_id + i, probabilities[i]);
    runner_.clear_spike_counts();
    add(runner_.run(o_.sample_steps), part);
    const auto& counts = runner_.spike_counts();
    for (std::uint32_t n = 0; n < exc_.size; ++n) {
      spikes_[n] = counts[exc_.first_id + n];
      part.exc_spikes += spikes_[n];
    }
    ++part.presentations;
  }

  static void add(const PhaseCost& c, PartSummary& part) {
    part.steps += c.steps;
    part.cycles += c.cycles;
    part.energy_pj += c.energy_pj;
    part.learning_updates += c.learning_updates;
    part.u_wraps += c.u_wraps;
  }

  PlainChipRunner& runner_;
  const ExperimentOptions& o_;
  ResponseLog* log_;  // nullptr: no log
  const Population& input_;
  const Population& exc_;
  std::vector<std::uint32_t> spikes_;
  double time_step_ms_;  // simulated time per step [ms]
};

void check_count(std::uint64_t wanted, std::size_t available, const char* what) {
  if (wanted > available)
    throw UserError(std::string(what) + ": " + std::to_string(wanted) + " samples asked, the " +
                    "data set has " + std::to_string(available));
}

}  // namespace

void check_network(const SnnNetwork& net, const ExperimentOptions& options) {
  find_population(net, options.input_population, "input");
  find_population(net, options.exc_population, "excitatory population");
  const Population& input = *net.find_population(options.input_population);
  if (input.model != Population::Model::SpikeSource ||
      input.source.kind != SpikeSourceSpec::Kind::Poisson || input.size != kImagePixels)
    throw UserError("population '" + input.name + "' of network '" + net.name +
                    "' must be a Poisson input of 784 neurons (one per pixel)");
  if (net.find_population(options.exc_population)->model != Population::Model::LoihiLif)
    throw UserError("population '" + options.exc_population + "' must be LIF neurons");
}

double PartSummary::per_sample_pj() const {
  return samples == 0 ? 0.0 : energy_pj / static_cast<double>(samples);
}

double PartSummary::per_sample_cycles() const {
  return samples == 0 ? 0.0 : static_cast<double>(cycles) / static_cast<double>(samples);
}

ExperimentResult run_experiment(PlainChipRunner& runner, const SnnNetwork& net,
                                const Dataset& data, const ExperimentOptions& o,
                                ResponseLog* log) {
  check_network(net, o);
  Presenter presenter(runner, net, o, log);
  if (data.train.empty() && (o.train_samples > 0 || o.label_samples > 0))
    throw UserError("data set '" + data.name + "' has no training samples");
  check_count(o.label_samples, data.train.size(), "labelling");
  check_count(o.test_samples, data.test.size(), "test");
  ExperimentResult r;

  runner.set_learning(true);
  runner.set_threshold_adaptation(true);
  auto t0 = Clock::now();
  for (std::uint64_t i = 0; i < o.train_samples; ++i)
    presenter.show(data.train[i % data.train.size()], r.train, "train");
  r.train.host_seconds = std::chrono::duration<double>(Clock::now() - t0).count();

  const Population& exc = find_population(net, o.exc_population, "");
  for (std::uint32_t n = 0; n < exc.size; ++n) {
    r.thresholds.push_back(runner.firing_threshold(exc.first_id + n));
    if (r.thresholds.back() >= kLifStateMax) ++r.silenced_neurons;
  }

  // Diehl & Cook's test mode: weights and thresholds fixed from here on.
  runner.set_threshold_adaptation(false);
  runner.set_learning(false);
  t0 = Clock::now();
  ResponseTable table(exc.size);
  for (std::uint64_t i = 0; i < o.label_samples; ++i)
    table.add(data.train[i].label, presenter.show(data.train[i], r.label, "label"));
  r.labels = table.assign_labels();
  const std::vector<double> shares = table.class_shares();
  for (const int l : r.labels)
    if (l != kUnlabelled) ++r.label_counts[l];
  r.label.host_seconds = std::chrono::duration<double>(Clock::now() - t0).count();

  t0 = Clock::now();
  for (std::uint64_t i = 0; i < o.test_samples; ++i) {
    const auto& spikes = presenter.show(data.test[i], r.test, "test");
    r.accuracy.add(data.test[i].label, classify(spikes, r.labels));
    r.accuracy_by_shares.add(data.test[i].label, classify_by_shares(spikes, shares));
  }
  r.test.host_seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  return r;
}

}  // namespace nm::digits
