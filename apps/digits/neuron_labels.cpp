#include "apps/digits/neuron_labels.h"

#include "common/errors.h"

namespace nm::digits {

namespace {

// The class with the highest positive score (ties: the lower class), skipping classes with no
// members when `members` is given; kUnlabelled when no score is positive.
int best_class(const double (&score)[kClasses], const std::uint32_t* members) {
  int best = kUnlabelled;
  double best_score = 0.0;
  for (int c = 0; c < static_cast<int>(kClasses); ++c) {
    if (members && members[c] == 0) continue;
    if (score[c] > best_score) {
      best_score = score[c];
      best = c;
    }
  }
  return best;
}

}  // namespace

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

std::vector<double> ResponseTable::class_shares() const {
  std::vector<double> shares(std::size_t{neurons_} * kClasses, 0.0);
  for (std::uint32_t n = 0; n < neurons_; ++n) {
    double* row = &shares[std::size_t{n} * kClasses];
    double total = 0.0;
    for (std::uint8_t c = 0; c < kClasses; ++c) {
      if (samples_[c] == 0) continue;
      row[c] = static_cast<double>(spikes(n, c)) / static_cast<double>(samples_[c]);
      total += row[c];
    }
    if (total > 0.0)
      for (std::uint8_t c = 0; c < kClasses; ++c) row[c] /= total;
  }
  return shares;
}

int classify_by_shares(const std::vector<std::uint32_t>& spikes,
                       const std::vector<double>& shares) {
  if (shares.size() != spikes.size() * kClasses)
    throw InternalError("classify_by_shares: size mismatch");
  double votes[kClasses] = {};
  for (std::size_t n = 0; n < spikes.size(); ++n) {
    if (spikes[n] == 0) continue;
    for (std::uint8_t c = 0; c < kClasses; ++c) votes[c] += spikes[n] * shares[n * kClasses + c];
  }
  return best_class(votes, nullptr);
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
  double mean[kClasses] = {};
  for (std::uint8_t c = 0; c < kClasses; ++c)
    if (members[c] > 0) mean[c] = sum[c] / members[c];
  return best_class(mean, members);
}

void Accuracy::add(std::uint8_t truth, int predicted) {
  ++samples;
  if (predicted == truth) ++correct;
  confusion[truth][predicted == kUnlabelled ? kClasses : static_cast<std::uint32_t>(predicted)]++;
}

}  // namespace nm::digits
