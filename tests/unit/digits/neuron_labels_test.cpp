// Labelling neurons by their mean response and classifying by the labelled neurons' mean spikes,
// and the response-proportion vote.
#include "apps/digits/neuron_labels.h"

#include <gtest/gtest.h>

namespace nm::digits {
namespace {

TEST(NeuronLabels, NeuronTakesTheClassWithTheHighestMeanResponse) {
  ResponseTable t(3);
  t.add(0, {4, 0, 0});
  t.add(0, {0, 0, 0});  // class 0: neuron 0 mean 2
  t.add(1, {3, 1, 0});  // class 1: neuron 0 mean 3 (more per sample, fewer in total)
  const std::vector<int> labels = t.assign_labels();
  EXPECT_EQ(labels[0], 1);
  EXPECT_EQ(labels[1], 1);
  EXPECT_EQ(labels[2], kUnlabelled);  // never spiked
  EXPECT_EQ(t.samples_of(0), 2u);
  EXPECT_EQ(t.spikes(0, 0), 4u);
}

TEST(NeuronLabels, TieGoesToTheLowerClass) {
  ResponseTable t(1);
  t.add(7, {2});
  t.add(2, {2});
  EXPECT_EQ(t.assign_labels()[0], 2);
}

TEST(NeuronLabels, ClassifyUsesTheMeanOverEachClassesNeurons) {
  // Class 3 has two neurons (5 and 1 spikes: mean 3), class 4 one neuron (4 spikes): class 4 wins
  // although class 3 has more spikes in total.
  const std::vector<int> labels = {3, 3, 4, kUnlabelled};
  EXPECT_EQ(classify({5, 1, 4, 100}, labels), 4);
  EXPECT_EQ(classify({5, 3, 4, 0}, labels), 3);
  EXPECT_EQ(classify({0, 0, 0, 9}, labels), kUnlabelled);  // only an unlabelled neuron spiked
}

TEST(NeuronLabels, ClassSharesAreEachClasssShareOfTheNeuronsMeanResponse) {
  ResponseTable t(2);
  t.add(0, {3, 0});
  t.add(0, {1, 0});  // class 0: neuron 0 mean 2
  t.add(1, {6, 0});  // class 1: neuron 0 mean 6
  const std::vector<double> s = t.class_shares();
  ASSERT_EQ(s.size(), 2 * kClasses);
  EXPECT_DOUBLE_EQ(s[0], 0.25);  // 2 / (2 + 6)
  EXPECT_DOUBLE_EQ(s[1], 0.75);
  for (std::uint32_t c = 2; c < kClasses; ++c) EXPECT_EQ(s[c], 0.0) << c;  // no samples
  for (std::uint32_t c = 0; c < kClasses; ++c) EXPECT_EQ(s[kClasses + c], 0.0) << c;  // silent
}

TEST(NeuronLabels, ShareVoteCountsANeuronForEveryClassItAnswers) {
  // Neuron 0 answers 3 and 4 equally (0.5 each), neuron 1 only 4, neuron 2 only 3.
  std::vector<double> shares(3 * kClasses, 0.0);
  shares[0 * kClasses + 3] = 0.5;
  shares[0 * kClasses + 4] = 0.5;
  shares[1 * kClasses + 4] = 1.0;
  shares[2 * kClasses + 3] = 1.0;
  EXPECT_EQ(classify_by_shares({4, 1, 2}, shares), 3);  // 3: 2 + 2 = 4; 4: 2 + 1 = 3
  EXPECT_EQ(classify_by_shares({4, 3, 2}, shares), 4);  // 3: 4; 4: 5
  EXPECT_EQ(classify_by_shares({2, 1, 2}, shares), 3);  // 3: 3; 4: 2
  EXPECT_EQ(classify_by_shares({0, 2, 2}, shares), 3);  // a tie: the lower class
  EXPECT_EQ(classify_by_shares({0, 0, 0}, shares), kUnlabelled);
  // The mean-of-labelled-neurons readout decides differently on the same spikes: labels 3, 4, 3
  // (neuron 0's tie goes to 3) give class 3 a mean of 3 and class 4 a mean of 3: class 3.
  EXPECT_EQ(classify({4, 3, 2}, {3, 4, 3}), 3);
}

TEST(NeuronLabels, AccuracyCountsUnlabelledPredictionsAsWrong) {
  Accuracy a;
  a.add(1, 1);
  a.add(2, 1);
  a.add(3, kUnlabelled);
  a.add(4, 4);
  EXPECT_EQ(a.samples, 4u);
  EXPECT_EQ(a.correct, 2u);
  EXPECT_DOUBLE_EQ(a.fraction(), 0.5);
  EXPECT_EQ(a.confusion[2][1], 1u);
  EXPECT_EQ(a.confusion[3][kClasses], 1u);
}

}  // namespace
}  // namespace nm::digits
