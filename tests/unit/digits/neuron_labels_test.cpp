// Labelling neurons by their mean response and classifying by the labelled neurons' mean spikes.
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
