// Neuron labelling and classification of Diehl & Cook (2015): each excitatory neuron is labelled
// with the class to which it responded most on average over the labelling samples; a test sample
// is classified as the class whose labelled neurons spiked most on average. Also a second
// readout from the same labelling responses, the response-proportion vote.
#pragma once

#include <cstdint>
#include <vector>

#include "apps/digits/dataset.h"

namespace nm::digits {

constexpr int kUnlabelled = -1;  // a neuron that never spiked during labelling

// Spike counts of `neurons` neurons summed per class over labelling samples.
class ResponseTable {
 public:
  explicit ResponseTable(std::uint32_t neurons);

  // Adds one sample of class `label` with per-neuron spike counts `spikes` (size neurons()).
  void add(std::uint8_t label, const std::vector<std::uint32_t>& spikes);

  std::uint32_t neurons() const { return neurons_; }
  std::uint64_t samples_of(std::uint8_t label) const { return samples_[label]; }
  std::uint64_t spikes(std::uint32_t neuron, std::uint8_t label) const {
    return sums_[std::size_t{neuron} * kClasses + label];
  }

  // Per neuron: the class with the highest mean spikes per sample (ties: the lower class;
  // kUnlabelled when the neuron never spiked). Classes without samples are skipped.
  std::vector<int> assign_labels() const;

  // Per neuron and class [neuron * kClasses + class]: the class's share of the neuron's mean
  // spikes per sample (each row sums to 1; all 0 for a neuron that never spiked). Classes
  // without samples get 0.
  std::vector<double> class_shares() const;

 private:
  std::uint32_t neurons_;
  std::vector<std::uint64_t> sums_;  // [neuron][class] summed spikes [spikes]
  std::uint64_t samples_[kClasses] = {};
};

// The class whose labelled neurons spiked most per neuron (mean over the neurons with that
// label; ties: the lower class), or kUnlabelled when no labelled neuron spiked.
int classify(const std::vector<std::uint32_t>& spikes, const std::vector<int>& labels);

// The response-proportion vote: every neuron votes for each class with its spikes times the
// class's share of its labelling responses (`shares` from ResponseTable::class_shares); the class
// with the most votes wins (ties: the lower class), kUnlabelled when no voting neuron spiked.
// Unlike `classify`, a neuron that answers two classes counts for both. docs/digits.md.
int classify_by_shares(const std::vector<std::uint32_t>& spikes,
                       const std::vector<double>& shares);

// Count of correct predictions and a confusion matrix [true][predicted]; a sample classified
// kUnlabelled counts as wrong (it has its own column, index kClasses).
struct Accuracy {
  std::uint64_t samples = 0;
  std::uint64_t correct = 0;
  std::uint64_t confusion[kClasses][kClasses + 1] = {};

  void add(std::uint8_t truth, int predicted);
  double fraction() const {
    return samples == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(samples);
  }
};

}  // namespace nm::digits
