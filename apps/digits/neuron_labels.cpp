#include "apps/digits/neuron_labels.h"

#include "common/errors.h"

namespace nm::digits {

ResponseTable::ResponseTable(std::uint32_t neurons)
    : neurons_(neurons), sums_(std::size_t{neurons} * kClasses, 0) {}

void ResponseTable::add(std::uint8_t label, const std::vector<std::uint32_t>& spikes) {
  if (label >= kClasses || spikes.size() != neurons_)
    throw InternalError("ResponseTable::add: bad label or spike vector size");
  ++samples_[label];
  for (std::uint32_t n = 0; n < neurons_; ++n) sums_[std::size_t{n} * kClasses + label] += spikes[n];
}

std::vector<int> ResponseTable::assign_labels() const {
  std::vector<int> labels(neurons_, kUnlabelled);
  for (std::uint32_t n = 0; n < neurons_; ++n) {
    double best = 0.0;
    for (std::uint8_t c = 0; c < kClasses; ++c) {
      if (samples_[c] == 0) continue;
      const double mean = static_cast<double>(spikes(n, c)) / static_cast<double>(samples_[c]);
      if (mean > best) {
        best = mean;
        labels[n] = c;
      }
    }
  }
  return labels;
}

int classify(const std::vector<std::uint32_t>& spikes, const std::vector<int>& labels) {
  if (spikes.size() != labels.size()) throw InternalError("classify: size mismatch");
  double sum[kClasses] = {};
  std::uint32_t members[kClasses] = {};
  for (std::size_t n = 0; n < labels.size(); ++n) {
    if (labels[n] == kUnlabelled) continue;
    sum[labels[n]] += spikes[n];
    ++members[labels[n]];
  }
  int best_class = kUnlabelled;
  double best = 0.0;
  for (int c = 0; c < static_cast<int>(kClasses); ++c) {
    if (members[c] == 0) continue;
    const double mean = sum[c] / members[c];
    if (mean > best) {
      best = mean;
      best_class = c;
    }
  }
  return best_class;
}

void Accuracy::add(std::uint8_t truth, int predicted) {
  ++samples;
  if (predicted == truth) ++correct;
  confusion[truth][predicted == kUnlabelled ? kClasses : static_cast<std::uint32_t>(predicted)]++;
}

}  // namespace nm::digits
