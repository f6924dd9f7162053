// Mapping files: round trip, hand edits re-checked against every limit, errors naming FILE:LINE.
#include "mapper/mapping_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "common/errors.h"
#include "mapper/metis_mapper.h"
#include "mapper/sequential_mapper.h"
#include "mapper_fixture.h"
#include "temp_dir_test.h"

namespace nm::test {
namespace {

using ::testing::HasSubstr;

class MappingFileTest : public TempDirTest {
 protected:
  SnnNetwork net_ = make_net({{"a", 6}, {"b", 4}}, {{0, 6, 1, 0}, {1, 7, 1, 0}, {6, 2, 1, 0}});
  MeshLayout shape_ = mesh(2, 2, 2);

  std::string read_error(const std::string& yaml, const CoreCapacity& cap) {
    try {
      read_mapping_file(write("m.yaml", yaml), net_, cap, shape_);
    } catch (const UserError& e) {
      return e.what();
    }
    return "";
  }
};

TEST_F(MappingFileTest, ReadsBackTheSameMappingItWrote) {
  const CoreCapacity cap = roomy(4);
  const Mapping m = map_metis(net_, cap, shape_, std::vector<double>(10, 0.1), MetisOptions{});
  write_mapping_file(net_, m, shape_, path("m.yaml"));
  const Mapping back = read_mapping_file(path("m.yaml"), net_, cap, shape_);
  EXPECT_EQ(back.core_of, m.core_of);
  EXPECT_EQ(back.compartment_of, m.compartment_of);
  EXPECT_EQ(back.cores_used, m.cores_used);
  EXPECT_EQ(back.strategy, "metis");
}

TEST_F(MappingFileTest, GivesTheSequentialCompartmentsWhenReadingASequentialMapping) {
  const Mapping m = map_sequential(net_, roomy(4), shape_.cores());
  write_mapping_file(net_, m, shape_, path("m.yaml"));
  const Mapping back = read_mapping_file(path("m.yaml"), net_, roomy(4), shape_);
  EXPECT_EQ(back.core_of, m.core_of);
  EXPECT_EQ(back.compartment_of, m.compartment_of);
}

TEST_F(MappingFileTest, RefusesAHandEditThatOverfillsACoreNamingFileLineAndLimit) {
  const std::string yaml =
      "slices:\n"
      "  - {population: a, first: 0, count: 6, tile: [0, 0], core: 0}\n"
      "  - {population: b, first: 0, count: 4, tile: [1, 1], core: 1}\n";
  EXPECT_EQ(read_error(yaml, roomy(4)),
            path("m.yaml") + ":2: core (0,0).0 needs 6 neurons, the limit is 4 (core.neurons): "
                             "2 too many");
}

TEST_F(MappingFileTest, RefusesInputAxonsOverTheLimitOnRead) {
  CoreCapacity cap = roomy(8);
  cap.input_axons = 1;
  const std::string yaml =
      "slices:\n"
      "  - {population: a, first: 0, count: 6, tile: [0, 0], core: 0}\n"
      "  - {population: b, first: 0, count: 4, tile: [1, 0], core: 0}\n";
  EXPECT_THAT(read_error(yaml, cap),
              HasSubstr(":3: core (1,0).0 needs 2 input axons, the limit is 1"));
}

TEST_F(MappingFileTest, RefusesUnmappedAndTwiceMappedNeurons) {
  EXPECT_THAT(read_error("slices:\n  - {population: a, first: 0, count: 6, tile: [0, 0], core: 0}\n",
                         roomy(8)),
              HasSubstr("neurons b[0..3] are not mapped"));
  EXPECT_THAT(read_error("slices:\n"
                         "  - {population: a, first: 0, count: 6, tile: [0, 0], core: 0}\n"
                         "  - {population: a, first: 5, count: 1, tile: [0, 0], core: 1}\n"
                         "  - {population: b, first: 0, count: 4, tile: [0, 1], core: 0}\n",
                         roomy(8)),
              HasSubstr(":3: slices[1].first: neuron a[5] is already mapped at line 2"));
}

TEST_F(MappingFileTest, RefusesTilesOutsideTheMeshAndUnknownPopulations) {
  EXPECT_THAT(read_error("slices:\n  - {population: a, first: 0, count: 6, tile: [2, 0], core: 0}\n",
                         roomy(8)),
              HasSubstr(":2: slices[0].tile: tile [2, 0] is outside the 2x2 mesh"));
  EXPECT_THAT(read_error("slices:\n  - {population: z, first: 0, count: 6, tile: [0, 0], core: 0}\n",
                         roomy(8)),
              HasSubstr("slices[0].population: no population or input named 'z'"));
}

}  // namespace
}  // namespace nm::test
