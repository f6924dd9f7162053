// The Diehl & Cook (2015) experiment on the simulated chip: unsupervised training with on-chip
// learning, labelling of the excitatory neurons by their responses, and a test with learning off.
// Runs on one PlainChipRunner (a persistent plain chip), so thousands of samples need one build.
//
// Per sample: every input neuron i gets the Poisson spike probability
// pixel_i / 255 x rate_hz x time_step_ms / 1000 per step (rate_hz starts at max_rate_hz), the chip
// runs sample_steps steps, and the excitatory spike counts are read. With fewer than min_spikes
// excitatory spikes the sample is shown again with rate_hz raised by retry_rate_step_hz (at most
// max_retries times, as Diehl & Cook's input-intensity increase). Between samples the neuron
// state is reset (the adaptive thresholds are kept) and rest_steps silent steps may follow.
// Labelling and test run with learning and threshold adaptation off (the paper's test mode); the
// learning engine is switched off as on the chip (epochs and traces go on, no synapse updates).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "apps/digits/dataset.h"
#include "apps/digits/neuron_labels.h"
#include "apps/digits/response_log.h"
#include "hw_model/plain_chip_runner.h"

namespace nm::digits {

struct ExperimentOptions {
  std::uint64_t train_samples = 1000;  // samples shown with learning on (cycling the train set)
  std::uint64_t label_samples = 1000;  // first training samples re-shown with learning off
  std::uint64_t test_samples = 1000;   // first test samples, learning off
  std::uint32_t sample_steps = 350;    // steps one sample is shown [steps]
  std::uint32_t rest_steps = 0;        // silent steps after each sample's reset [steps]
  double max_rate_hz = 63.75;          // input rate of a full-intensity pixel [Hz]
  // > 0: each image's pixels are first scaled so that their L2 norm is this [pixel units, 0-255
  // scale] (every image then drives the network equally hard); 0: pixels as they are (the paper).
  double input_l2_norm = 0.0;
  std::uint32_t min_spikes = 5;        // fewer excitatory spikes: show the sample again [spikes]
  std::uint32_t max_retries = 3;       // at most this many repeats per sample
  double retry_rate_step_hz = 32.0;    // rate increase per repeat [Hz]
  std::string input_population = "input";  // Poisson input of 784 neurons
  std::string exc_population = "exc";      // the neurons that are labelled
};

// Totals of one part of the experiment (training, labelling or test).
struct PartSummary {
  std::uint64_t samples = 0;         // samples classified or learned (repeats not counted)
  std::uint64_t presentations = 0;   // sample presentations including repeats
  std::uint64_t steps = 0;           // [steps]
  Cycle cycles = 0;                  // simulated time [cycles]
  double energy_pj = 0.0;            // chip energy, learning included [pJ]
  std::uint64_t learning_updates = 0;  // plastic synapse updates [count]
  std::uint64_t exc_spikes = 0;      // excitatory spikes over all presentations [spikes]
  std::uint64_t u_wraps = 0;         // u's 24-bit wraps, every neuron [compartment updates]
  double host_seconds = 0.0;         // wall time [s]
  double per_sample_pj() const;
  double per_sample_cycles() const;
};

struct ExperimentResult {
  PartSummary train, label, test;
  std::vector<int> labels;  // per excitatory neuron (kUnlabelled: never spiked)
  Accuracy accuracy;        // on the test samples, Diehl & Cook's readout (classify)
  Accuracy accuracy_by_shares;  // the same presentations, response-proportion vote
  std::uint64_t label_counts[kClasses] = {};  // neurons per label
  // Each excitatory neuron's firing threshold after training [v units], and how many of them
  // can no longer fire (threshold at or above v's 24-bit maximum, kLifStateMax).
  std::vector<std::int64_t> thresholds;
  std::uint32_t silenced_neurons = 0;
};

// Throws UserError when `net` lacks the named populations or its input is not 784 Poisson
// neurons (cheap: call it before loading data).
void check_network(const SnnNetwork& net, const ExperimentOptions& options);

// Runs train, label and test on `runner` (built from `net`, learning off while labelling and
// testing); `log` (if not null) gets a row per presentation. Throws UserError when the network
// lacks the named populations or the input does not have 784 Poisson neurons, or when a part asks
// for more samples than the data set's test set.
ExperimentResult run_experiment(PlainChipRunner& runner, const SnnNetwork& net,
                                const Dataset& data, const ExperimentOptions& options,
                                ResponseLog* log = nullptr);

}  // namespace nm::digits
