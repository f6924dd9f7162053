// Network files that must be refused, each with the file, line and key (or CSV line and column).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "network_file_test.h"

namespace nm {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

class NetworkLoaderErrorTest : public test::NetworkFileTest {
 protected:
  // A network with populations a (4 neurons) and b (3 neurons) and the given extra text.
  std::string error_with(const std::string& extra) {
    return load_error(
        "populations:\n"
        "  - {name: a, size: 4, model: loihi_lif}\n"
        "  - {name: b, size: 3, model: loihi_lif}\n" +
        extra);
  }
};

TEST_F(NetworkLoaderErrorTest, NamesKeyWhenTopLevelKeyIsMisspelt) {
  EXPECT_EQ(load_error("populaitons:\n  - {name: a, size: 4, model: loihi_lif}\n"),
            at(1) + "populaitons: unknown key (did you mean 'populations'?)");
}

TEST_F(NetworkLoaderErrorTest, NamesKeyWhenPopulationHasUnknownKey) {
  EXPECT_EQ(load_error("populations:\n  - name: a\n    sise: 4\n    model: loihi_lif\n"),
            at(3) + "populations[0].sise: unknown key (did you mean 'size'?)");
  EXPECT_EQ(error_with("projections:\n  - {pre: a, post: b, connector: {type: all_to_all, "
                       "colour: red}, weight: 1}\n"),
            at(5) + "projections[0].connector.colour: unknown key");
}

TEST_F(NetworkLoaderErrorTest, NamesKeyWhenValueHasWrongType) {
  EXPECT_EQ(load_error("populations:\n  - name: a\n    size: ten\n    model: loihi_lif\n"),
            at(3) + "populations[0].size: expected a whole number, found 'ten'");
  EXPECT_EQ(error_with("record: {spikes: a}\n"),
            at(4) + "record.spikes: expected a list of population names");
}

TEST_F(NetworkLoaderErrorTest, NamesKeyAndRangeWhenValueIsOutOfRange) {
  EXPECT_EQ(load_error("populations:\n  - name: a\n    size: 4\n    model: loihi_lif\n"
                       "    params:\n      du: 5000\n"),
            at(6) + "populations[0].params.du: must be between 0 and 4095, found 5000");
  EXPECT_EQ(load_error("populations:\n  - {name: a, size: 0, model: loihi_lif}\n"),
            at(2) + "populations[0].size: must be between 1 and 100000000, found 0");
  EXPECT_EQ(load_error("time_step_ms: 0\npopulations:\n  - {name: a, size: 1, model: loihi_lif}\n"),
            at(1) + "time_step_ms: must be greater than 0 ms");
  EXPECT_EQ(error_with("projections:\n  - {pre: a, post: b, connector: {type: all_to_all}, "
                       "weight: 300}\n"),
            at(5) + "projections[0].weight: must be between -256 and 255, found 300");
  EXPECT_EQ(error_with("projections:\n  - {pre: a, post: b, connector: {type: all_to_all}, "
                       "weight: 1, delay: 63}\n"),
            at(5) + "projections[0].delay: must be between 0 and 62, found 63");
}

TEST_F(NetworkLoaderErrorTest, RefusesModelOutsideTheChoices) {
  EXPECT_THAT(load_error("populations:\n  - {name: a, size: 1, model: izhikevich}\n"),
              StartsWith(at(2) + "populations[0].model: must be one of: loihi_lif"));
}

TEST_F(NetworkLoaderErrorTest, NamesPopulationWhenProjectionRefersToUnknownOne) {
  EXPECT_EQ(error_with("projections:\n  - {pre: a, post: c, connector: {type: all_to_all}, "
                       "weight: 1}\n"),
            at(5) + "projections[0].post: no population or input is named 'c'");
  EXPECT_EQ(error_with("record:\n  spikes: [a, zz]\n"),
            at(5) + "record.spikes[1]: no population or input is named 'zz'");
}

TEST_F(NetworkLoaderErrorTest, RefusesDuplicateNames) {
  EXPECT_THAT(
      error_with("inputs:\n  - {name: b, size: 1, type: spike_times, times: [[]]}\n"),
      StartsWith(at(5) + "inputs[0].name: 'b' is already used by the population or input at " +
                 at(3).substr(0, at(3).size() - 2)));
  EXPECT_EQ(
      error_with("projections:\n"
                 "  - {name: p, pre: a, post: b, connector: {type: all_to_all}, weight: 1}\n"
                 "  - {name: p, pre: b, post: a, connector: {type: all_to_all}, weight: 1}\n"),
      at(6) + "projections[1].name: another projection is already named 'p'");
  EXPECT_EQ(load_error("populations:\n  - {name: 1a, size: 1, model: loihi_lif}\n"),
            at(2) +
                "populations[0].name: '1a' is not a valid name (letters, digits and '_', "
                "not starting with a digit)");
}

TEST_F(NetworkLoaderErrorTest, RefusesOneToOneWhenSizesDiffer) {
  EXPECT_EQ(
      error_with("projections:\n"
                 "  - {name: p, pre: a, post: b, connector: {type: one_to_one}, weight: 1}\n"),
      at(5) +
          "projections[0].connector.type: one_to_one needs populations of the same size, "
          "but 'a' has 4 neurons and 'b' has 3");
}

TEST_F(NetworkLoaderErrorTest, NamesCsvLineAndColumnWhenCellIsBad) {
  write("n.csv", "id,du,dv,vth,bias_mant,bias_exp,u0,v0\n0,1,2,3,4,5,6,7\n1,1,x,3,4,5,6,7\n");
  EXPECT_EQ(
      load_error("populations:\n  - {name: a, size: 2, model: loihi_lif, params_file: n.csv}\n"),
      path("n.csv") + ":3: column 'dv': expected an integer, got 'x'");
  write("s.csv", "pre,post,weight,delay\n0,0,1,0\n3,2,1,70\n");
  EXPECT_EQ(error_with(
                "projections:\n  - {pre: a, post: b, connector: {type: from_file, file: s.csv}}\n"),
            path("s.csv") + ":3: column 'delay': value 70 is outside [0, 62]");
  write("t.csv", "pre,post,weight,delay\n0,3,1,0\n");
  EXPECT_EQ(error_with(
                "projections:\n  - {pre: a, post: b, connector: {type: from_file, file: t.csv}}\n"),
            path("t.csv") + ":2: column 'post': value 3 is outside [0, 2]");
}

TEST_F(NetworkLoaderErrorTest, RefusesNeuronTableWithWrongRowsOrIds) {
  write("n.csv", "id,du,dv,vth,bias_mant,bias_exp,u0,v0\n0,1,2,3,4,5,6,7\n2,1,2,3,4,5,6,7\n");
  EXPECT_EQ(
      load_error("populations:\n  - {name: a, size: 2, model: loihi_lif, params_file: n.csv}\n"),
      path("n.csv") + ":3: column 'id': expected id 1, got 2 (ids must be 0..1 in order)");
  EXPECT_EQ(
      load_error("populations:\n  - {name: a, size: 3, model: loihi_lif, params_file: n.csv}\n"),
      path("n.csv") + ": has 2 neuron rows, the population has 3 neurons");
  EXPECT_THAT(
      load_error("populations:\n  - {name: a, size: 2, model: loihi_lif, params_file: n.csv, "
                 "params: {du: 1}}\n"),
      StartsWith(at(2) + "populations[0].params_file: give either params"));
}

TEST_F(NetworkLoaderErrorTest, NamesPathWhenFileIsMissing) {
  EXPECT_EQ(load_error("populations:\n  - name: a\n    size: 2\n    model: loihi_lif\n"
                       "    params_file: sub/none.csv\n"),
            at(5) + "populations[0].params_file: cannot open file '" + path("sub/none.csv") + "'");
}

TEST_F(NetworkLoaderErrorTest, RefusesSpikeTimesThatAreNotAscending) {
  EXPECT_EQ(error_with("inputs:\n  - name: s\n    size: 2\n    type: spike_times\n"
                       "    times: [[1, 2], [5, 3]]\n"),
            at(8) + "inputs[0].times[1]: steps must be strictly ascending, found 3 after 5");
  EXPECT_EQ(error_with("inputs:\n  - {name: s, size: 2, type: spike_times, times: [[0], []]}\n"),
            at(5) + "inputs[0].times[0][0]: must be between 1 and 4294967295, found 0");
  EXPECT_EQ(error_with("inputs:\n  - {name: s, size: 3, type: spike_times, times: [[1]]}\n"),
            at(5) +
                "inputs[0].times: has 1 lists, the input has 3 neurons (one list per neuron, "
                "[] for none)");
  write("st.csv", "step,neuron\n1,0\n4,1\n4,0\n2,0\n");
  EXPECT_EQ(error_with("inputs:\n  - {name: s, size: 2, type: spike_times, times_file: st.csv}\n"),
            path("st.csv") +
                ":5: column 'step': neuron 0's steps must be strictly ascending, "
                "found 2 after 4");
}

TEST_F(NetworkLoaderErrorTest, RefusesInputsWithMismatchedOrImpossibleSettings) {
  EXPECT_EQ(error_with("inputs:\n  - {name: s, size: 2, type: poisson, rate_hz: 2000, seed: 1}\n"),
            at(5) +
                "inputs[0].rate_hz: rate_hz * time_step_ms / 1000 = 2.000000 spikes per "
                "step; at most 1 spike per step is possible");
  EXPECT_EQ(error_with("inputs:\n  - {name: s, size: 2, type: poisson, rate_hz: 5, seed: 1, "
                       "times: [[], []]}\n"),
            at(5) + "inputs[0].times: only for inputs of type spike_times");
  EXPECT_THAT(error_with("inputs:\n  - {name: s, size: 2, type: spike_times}\n"),
              StartsWith(at(5) + "inputs[0].type: a spike_times input needs exactly one of"));
}

TEST_F(NetworkLoaderErrorTest, RefusesConnectorSettingsThatDoNotApply) {
  EXPECT_EQ(error_with("projections:\n  - {pre: a, post: b, connector: {type: all_to_all, p: 0.5}, "
                       "weight: 1}\n"),
            at(5) + "projections[0].connector.p: is not used by connector type 'all_to_all'");
  EXPECT_THAT(error_with("projections:\n  - {pre: a, post: b, connector: {type: from_file, "
                         "file: x.csv}, weight: 1}\n"),
              StartsWith(at(5) + "projections[0].weight: not allowed with a from_file connector"));
  EXPECT_EQ(error_with("projections:\n  - {pre: a, post: b, connector: {type: all_to_all, "
                       "allow_self: true}, weight: 1}\n"),
            at(5) +
                "projections[0].connector.allow_self: applies only to recurrent projections "
                "(pre and post the same) or to populations of the same size (pre i -> post i)");
  EXPECT_EQ(error_with("projections:\n  - {pre: a, post: b, connector: {type: fixed_probability, "
                       "p: 0.5}, weight: 1}\n"),
            at(5) + "projections[0].connector.seed: required key is missing");
  EXPECT_THAT(error_with("projections:\n  - {pre: a, post: a, connector: {type: fixed_fanout, "
                         "fanout: 4, seed: 1}, weight: 1}\n"),
              StartsWith(at(5) + "projections[0].connector.fanout: is more than the 3 distinct"));
  EXPECT_EQ(
      error_with("projections:\n  - {pre: a, post: b, connector: {type: all_to_all}, "
                 "weight: {uniform: [5, 1], seed: 1}}\n"),
      at(5) + "projections[0].weight.uniform: expected [lo, hi] with lo <= hi (both inclusive)");
}

TEST_F(NetworkLoaderErrorTest, RefusesSynapsesOntoInputsAndRepeatedGeneratedPairs) {
  EXPECT_EQ(
      error_with("inputs:\n  - {name: s, size: 1, type: spike_times, times: [[1]]}\n"
                 "projections:\n  - {pre: a, post: s, connector: {type: all_to_all}, weight: 1}\n"),
      at(7) + "projections[0].post: 's' is an input (spike source) and cannot receive synapses");
  EXPECT_EQ(error_with("projections:\n"
                       "  - {pre: a, post: b, connector: {type: all_to_all}, weight: 1}\n"
                       "  - {pre: a, post: b, connector: {type: fixed_fanout, fanout: 1, seed: 2}, "
                       "weight: 1}\n"),
            at(6) +
                "projections[1].connector: connects a[0] -> b[2], which projection 'a_to_b' "
                "already connects; only from_file projections may repeat a pair");
}

TEST_F(NetworkLoaderErrorTest, RefusesBadRecordEntries) {
  EXPECT_EQ(
      error_with("inputs:\n  - {name: s, size: 1, type: spike_times, times: [[1]]}\n"
                 "record:\n  voltages:\n    - {population: s, neurons: [0]}\n"),
      at(8) + "record.voltages[0].population: 's' is an input (spike source); it has no voltage");
  EXPECT_EQ(error_with("record:\n  voltages:\n    - {population: a, neurons: [1, 3, 1]}\n"),
            at(6) + "record.voltages[0].neurons: neuron 1 is listed twice");
  EXPECT_EQ(error_with("record:\n  voltages:\n    - {population: b, neurons: [3]}\n"),
            at(6) + "record.voltages[0].neurons[0]: must be between 0 and 2, found 3");
  EXPECT_EQ(error_with("record:\n  spikes: [a, a]\n"),
            at(5) + "record.spikes[1]: 'a' is listed twice");
}

TEST_F(NetworkLoaderErrorTest, RefusesNetworkWithoutPopulations) {
  EXPECT_EQ(load_error("populations: []\n"),
            at(1) + "populations: a network needs at least one population");
  EXPECT_EQ(load_error("name: x\n"), path("net.yaml") + ":1: populations: required key is missing");
}

}  // namespace
}  // namespace nm
