// Every mapping path (the sequential and metis strategies and the mapping-file reader) re-checks
// every limit on tiny networks, and refuses naming the binding resource and how much is missing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/errors.h"
#include "mapper/mapping_file.h"
#include "mapper/metis_mapper.h"
#include "mapper/sequential_mapper.h"
#include "mapper_fixture.h"
#include "temp_dir_test.h"

namespace nm::test {
namespace {

using ::testing::HasSubstr;

enum class Path { Sequential, Metis, File };

class LimitPathsTest : public TempDirTest, public ::testing::WithParamInterface<Path> {
 protected:
  MeshLayout shape_ = mesh(2, 2, 1);

  // The refusal of the path under test; the file path reads a mapping that puts each
  // population `a` on core (0,0).0 and `b` (when there is one) on (1,0).0.
  std::string refusal(const SnnNetwork& net, const CoreCapacity& cap) {
    try {
      switch (GetParam()) {
        case Path::Sequential: map_sequential(net, cap, shape_.cores()); break;
        case Path::Metis:
          map_metis(net, cap, shape_, std::vector<double>(net.neuron_count(), 0.1), {});
          break;
        case Path::File: {
          std::string yaml = "slices:\n";
          for (const Population& p : net.populations)
            yaml += "  - {population: " + p.name + ", first: 0, count: " +
                    std::to_string(p.size) + ", tile: [" + (p.name == "a" ? "0" : "1") +
                    ", 0], core: 0}\n";
          read_mapping_file(write("m.yaml", yaml), net, cap, shape_);
          break;
        }
      }
    } catch (const CapacityError& e) {
      return e.what();
    }
    return "(no error)";
  }

  // Two populations a (3 neurons) -> b (2 neurons), all to all, one projection `p`.
  static SnnNetwork two_populations(std::uint32_t weight_bits, std::uint32_t delay) {
    std::vector<Synapse> syn;
    for (NeuronId pre = 0; pre < 3; ++pre)
      for (NeuronId post = 3; post < 5; ++post) syn.push_back({pre, post, 5, delay, 0});
    SnnNetwork net = make_net({{"a", 3}, {"b", 2}}, syn);
    ProjectionSpec p;
    p.name = "p";
    p.pre = "a";
    p.post = "b";
    p.encoding.weight_bits = weight_bits;
    p.has_delays = delay > 0;
    net.projections.push_back(p);
    return net;
  }
};

TEST_P(LimitPathsTest, RefusesAWeightFieldWiderThanTheCoreStores) {
  CoreCapacity cap = roomy(8);
  cap.weight_bits = 6;
  EXPECT_EQ(refusal(two_populations(8, 0), cap),
            "projection 'p' ('a' -> 'b') uses 8 weight bits, the core stores at most 6 "
            "(core.weight_bits): 2 too many");
  EXPECT_EQ(refusal(two_populations(6, 0), cap), "(no error)");
}

TEST_P(LimitPathsTest, RefusesADelayLongerThanTheCoreHolds) {
  CoreCapacity cap = roomy(8);
  cap.max_delay_steps = 3;
  EXPECT_THAT(refusal(two_populations(8, 4), cap),
              HasSubstr("has a delay of 4 steps, the limit is 3 (core.max_delay_steps)"));
  EXPECT_EQ(refusal(two_populations(8, 3), cap), "(no error)");
}

TEST_P(LimitPathsTest, RefusesTooFewInputAxonsNamingTheShortfall) {
  CoreCapacity cap = roomy(8);
  cap.input_axons = 2;  // each b neuron alone has 3 distinct sources
  const std::string e = refusal(two_populations(8, 0), cap);
  EXPECT_THAT(e, HasSubstr("3 input axons"));
  EXPECT_THAT(e, HasSubstr(GetParam() == Path::Sequential ? "a core has 2 (core.input_axons)"
                                                          : "the limit is 2 (core.input_axons): "
                                                            "1 too many"));
}

TEST_P(LimitPathsTest, RefusesTooLittleSynapseMemoryNamingTheResource) {
  CoreCapacity cap = roomy(8);
  cap.synapse_memory_bits = 20;  // one b neuron's 3 synapses x 12 bits need more
  const std::string e = refusal(two_populations(8, 0), cap);
  EXPECT_THAT(e, HasSubstr(GetParam() == Path::File ? "needs 72 bits of synapse memory"
                                                    : "36 bits of synapse memory"));
  EXPECT_THAT(e, HasSubstr(GetParam() == Path::Sequential ? "a core has 20" : "the limit is 20"));
}

INSTANTIATE_TEST_SUITE_P(EveryPath, LimitPathsTest,
                         ::testing::Values(Path::Sequential, Path::Metis, Path::File));

}  // namespace
}  // namespace nm::test
