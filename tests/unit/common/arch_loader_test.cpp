// Architecture loading: presets, extends chains, --set overrides, strict reading and ps -> cycles.
#include "hw_model/arch_loader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "hw_model/embedded_configs.h"

namespace nm {
namespace {

namespace fs = std::filesystem;

// Gives each test its own scratch folder for architecture files.
class ArchLoaderTest : public ::testing::Test {
 protected:
  ArchLoaderTest() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("nm_arch_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~ArchLoaderTest() override { fs::remove_all(dir_); }

  // Writes `text` to `name` in the scratch folder and returns its path.
  std::string write(const std::string& name, const std::string& text) const {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path.string();
  }

  static ArchParams load(const std::string& source, const std::vector<std::string>& sets = {}) {
    return read_arch(resolve_arch_tree(source, sets), "unnamed");
  }

  // Loads `source` expecting a UserError (ConfigError included); returns its message.
  static std::string error_of(const std::string& source,
                              const std::vector<std::string>& sets = {}) {
    try {
      load(source, sets);
    } catch (const UserError& e) {
      return e.what();
    }
    return "<no UserError>";
  }

  fs::path dir_;
};

TEST_F(ArchLoaderTest, LoihiPresetGivesTable2LatenciesInCycles) {
  const ArchParams a = load("loihi");
  EXPECT_EQ(a.chip.clock_period_ps, 100u);
  EXPECT_EQ(a.core.timing.synop_cycles, 35u);
  EXPECT_EQ(a.core.timing.neuron_update_active_cycles, 84u);
  EXPECT_EQ(a.core.timing.neuron_update_idle_cycles, 53u);
  EXPECT_EQ(a.noc.local_delivery_cycles, 21u);
  EXPECT_EQ(a.noc.hop_east_west_cycles, 41u);
  EXPECT_EQ(a.noc.hop_north_south_cycles, 65u);
  EXPECT_EQ(a.barrier.latency_cycles(1), 1130u);
  EXPECT_EQ(a.barrier.latency_cycles(a.chip.tiles()), 4650u);
}

TEST_F(ArchLoaderTest, LoihiPresetGivesTable2Energies) {
  const ArchParams a = load("loihi");
  EXPECT_DOUBLE_EQ(a.core.energy.synop_pj, 23.6);
  EXPECT_DOUBLE_EQ(a.core.energy.neuron_update_active_pj, 81.0);
  EXPECT_DOUBLE_EQ(a.core.energy.neuron_update_idle_pj, 52.0);
  EXPECT_DOUBLE_EQ(a.noc.local_delivery_pj, 1.7);
  EXPECT_DOUBLE_EQ(a.noc.hop_east_west_pj, 3.0);
  EXPECT_DOUBLE_EQ(a.noc.hop_north_south_pj, 4.0);
  EXPECT_DOUBLE_EQ(a.chip.static_power_mw, 0.0);
}

TEST_F(ArchLoaderTest, LoihiPresetHasThePublishedStructure) {
  const ArchParams a = load("loihi");
  EXPECT_EQ(a.name, "loihi");
  EXPECT_FALSE(a.description.empty());
  EXPECT_EQ(a.chip.cores(), 128u);
  EXPECT_EQ(a.core.capacity.neurons, 1024u);
  EXPECT_EQ(a.core.capacity.input_axons, 4096u);
  EXPECT_EQ(a.core.capacity.output_axons, 4096u);
  EXPECT_EQ(a.core.capacity.synapse_memory_bits, 1048576u);
  EXPECT_EQ(a.core.capacity.max_delay_steps, 62u);
  EXPECT_EQ(a.noc.buffer_depth_flits, 16u);
  EXPECT_EQ(a.noc.link_cycles_per_flit, 3u);
  EXPECT_EQ(a.noc.routing, RoutingAlgorithm::XY);
  EXPECT_EQ(a.barrier.model, BarrierParams::Model::Table);
}

TEST_F(ArchLoaderTest, TinyPresetLoadsItsRoundNumbers) {
  const ArchParams a = load("tiny");
  EXPECT_EQ(a.name, "tiny");
  EXPECT_EQ(a.chip.cores(), 8u);
  EXPECT_EQ(a.core.capacity.neurons, 64u);
  EXPECT_EQ(a.core.capacity.max_delay_steps, 14u);
  EXPECT_EQ(a.core.timing.axon_fetch_cycles, 1u);
  EXPECT_EQ(a.core.timing.synop_cycles, 1u);
  EXPECT_EQ(a.core.timing.neuron_update_active_cycles, 3u);
  EXPECT_EQ(a.core.timing.neuron_update_idle_cycles, 2u);
  EXPECT_EQ(a.noc.hop_east_west_cycles, 2u);
  EXPECT_EQ(a.noc.hop_north_south_cycles, 3u);
  EXPECT_EQ(a.noc.buffer_depth_flits, 2u);
  EXPECT_EQ(a.barrier.model, BarrierParams::Model::Fixed);
  EXPECT_EQ(a.barrier.latency_cycles(4), 5u);
  EXPECT_DOUBLE_EQ(a.core.energy.neuron_update_active_pj, 2.0);
}

TEST_F(ArchLoaderTest, EmbeddedPresetsMatchTheFilesInTheSourceTree) {
  ASSERT_EQ(embedded_presets().size(), 4u);  // loihi, loihi_calibrated, tiny, truenorth
  for (const auto& preset : embedded_presets()) {
    std::ifstream in(std::string(NM_SOURCE_DIR) + "/" + preset.path);
    std::stringstream disk;
    disk << in.rdbuf();
    EXPECT_EQ(preset.text, disk.str()) << preset.path;
  }
  EXPECT_EQ(embedded_default_network().path, "configs/nets/default.yaml");
  EXPECT_EQ(find_preset("nope"), nullptr);
}

TEST_F(ArchLoaderTest, PresetErrorsNameTheBuiltInSource) {
  EXPECT_EQ(error_of("tiny", {"core.weight_bits=9"}),
            "--set core.weight_bits=9: core.weight_bits: must be between 1 and 8, found 9");
  const ConfigNode t = resolve_arch_tree("tiny", {});
  EXPECT_EQ(t.find("chip")->find("mesh_width")->mark().file, "configs/arch/tiny.yaml (built-in)");
}

TEST_F(ArchLoaderTest, UnknownSourceListsThePresets) {
  EXPECT_EQ(error_of("loihii"),
            "architecture 'loihii' is neither a file nor a preset (presets: loihi, loihi_calibrated, tiny, truenorth)");
}

TEST_F(ArchLoaderTest, FileExtendingAPresetOverridesOnlyWhatItGives) {
  const ArchParams a = load(write("my_chip.yaml", "extends: tiny\nchip:\n  mesh_width: 3\n"));
  EXPECT_EQ(a.name, "my_chip");  // the file's stem, not the preset's name
  EXPECT_EQ(a.chip.mesh_width, 3u);
  EXPECT_EQ(a.chip.mesh_height, 2u);
  EXPECT_EQ(a.core.capacity.neurons, 64u);
}

TEST_F(ArchLoaderTest, ExtendsChainsThroughRelativePaths) {
  write("base/parent.yaml", "extends: tiny\nname: parent\nnoc:\n  routing: yx\n");
  const std::string child =
      write("child.yaml", "extends: base/parent.yaml\ncore:\n  neurons: 32\n");
  const ArchParams a = load(child);
  EXPECT_EQ(a.name, "child");
  EXPECT_EQ(a.noc.routing, RoutingAlgorithm::YX);
  EXPECT_EQ(a.core.capacity.neurons, 32u);
  EXPECT_EQ(a.chip.cores_per_tile, 2u);
}

TEST_F(ArchLoaderTest, ExtendsCycleIsAnErrorAtTheClosingExtends) {
  write("a.yaml", "extends: b.yaml\n");
  const std::string b = write("b.yaml", "name: b\nextends: a.yaml\n");
  const std::string a = (dir_ / "a.yaml").string();
  EXPECT_EQ(error_of(a), b + ":2: extends: extends cycle: " + a + " -> " + b + " -> " + a);
}

TEST_F(ArchLoaderTest, ExtendingItselfIsACycle) {
  const std::string self = write("self.yaml", "extends: self.yaml\n");
  EXPECT_EQ(error_of(self), self + ":1: extends: extends cycle: " + self + " -> " + self);
}

TEST_F(ArchLoaderTest, ExtendsOfAnUnknownNameIsAnError) {
  const std::string f = write("f.yaml", "extends: loihi3\n");
  EXPECT_EQ(error_of(f), f + ":1: extends: 'loihi3' is neither a file (no file " +
                             (dir_ / "loihi3").string() + ") nor a preset (presets: loihi, loihi_calibrated, tiny, truenorth)");
}

TEST_F(ArchLoaderTest, OverridesApplyInOrderAfterExtends) {
  const ArchParams a =
      load("tiny", {"noc.buffer_depth_flits=8", "noc.routing=yx", "noc.buffer_depth_flits=4"});
  EXPECT_EQ(a.noc.buffer_depth_flits, 4u);
  EXPECT_EQ(a.noc.routing, RoutingAlgorithm::YX);
}

TEST_F(ArchLoaderTest, MalformedOverrideIsAUserErrorNamingIt) {
  EXPECT_EQ(error_of("tiny", {"noc.routing"}),
            "--set 'noc.routing': expected key.path=value, e.g. noc.routing=yx");
  EXPECT_EQ(error_of("tiny", {"=3"}), "--set '=3': expected key.path=value, e.g. noc.routing=yx");
}

TEST_F(ArchLoaderTest, OverrideErrorsNameTheOverride) {
  EXPECT_EQ(error_of("tiny", {"timing.synop_ps=1500"}),
            "--set timing.synop_ps=1500: timing.synop_ps: "
            "1500 ps is not a whole number of 1000 ps clock cycles");
}

TEST_F(ArchLoaderTest, PicosecondsThatAreNotWholeCyclesAreAnErrorAtTheirLine) {
  const std::string f = write("f.yaml", "extends: loihi\ntiming:\n  synop_ps: 3550\n");
  EXPECT_EQ(error_of(f),
            f + ":3: timing.synop_ps: 3550 ps is not a whole number of 100 ps clock cycles");
}

TEST_F(ArchLoaderTest, ChangingTheClockRescalesEveryLatency) {
  const ArchParams a = load("loihi", {"chip.clock_period_ps=50"});
  EXPECT_EQ(a.core.timing.synop_cycles, 70u);
  EXPECT_EQ(a.noc.hop_north_south_cycles, 130u);
  EXPECT_EQ(a.barrier.latency_cycles(32), 9300u);
}

TEST_F(ArchLoaderTest, ZeroLatencyIsAnErrorWhereAnOperationMustTakeTime) {
  EXPECT_EQ(error_of("tiny", {"noc.hop_east_west_ps=0"}),
            "--set noc.hop_east_west_ps=0: noc.hop_east_west_ps: "
            "must be at least 1 clock cycle (1000 ps), found 0 ps");
}

TEST_F(ArchLoaderTest, UnknownKeyIsAnErrorWithAHint) {
  const std::string f = write("f.yaml", "extends: tiny\nnoc:\n  bufer_depth_flits: 4\n");
  EXPECT_EQ(error_of(f),
            f + ":3: noc.bufer_depth_flits: unknown key (did you mean 'buffer_depth_flits'?)");
}

TEST_F(ArchLoaderTest, UnknownSectionIsAnError) {
  const std::string f = write("f.yaml", "extends: tiny\nlearning:\n  epoch: 4\n");
  EXPECT_EQ(error_of(f), f + ":2: learning: unknown key");
}

TEST_F(ArchLoaderTest, MissingKeyNamesTheSectionLine) {
  std::string text = find_preset("tiny")->text;
  const std::string line = "  delay_bits: 4\n";
  text.erase(text.find(line), line.size());
  const std::string f = write("f.yaml", text);
  const std::string msg = error_of(f);
  const int core_line = resolve_arch_tree(f, {}).find("core")->mark().line;
  EXPECT_EQ(msg,
            f + ":" + std::to_string(core_line) + ": core.delay_bits: required key is missing");
}

TEST_F(ArchLoaderTest, MaxDelayMustFitTheDelayBits) {
  EXPECT_EQ(error_of("tiny", {"core.max_delay_steps=15"}),
            "--set core.max_delay_steps=15: core.max_delay_steps: must be at most 14 with "
            "core.delay_bits = 4 (2^delay_bits - 2), found 15");
}

TEST_F(ArchLoaderTest, BarrierKeyOfTheOtherModelIsAnError) {
  EXPECT_EQ(error_of("tiny", {"barrier.table=[{tiles: 1, latency_ps: 1000}]"}),
            "--set barrier.table=[{tiles: 1, latency_ps: 1000}]: barrier.table: "
            "is not used when barrier.model is fixed; remove it "
            "(write 'table: ~' to drop a value inherited through extends)");
  EXPECT_EQ(error_of("loihi", {"barrier.latency_ps=100"}),
            "--set barrier.latency_ps=100: barrier.latency_ps: "
            "is not used when barrier.model is table; remove it "
            "(write 'latency_ps: ~' to drop a value inherited through extends)");
}

TEST_F(ArchLoaderTest, ExtendingFileSwitchesTheBarrierModelByDroppingTheInheritedKey) {
  const ArchParams a = load(write("f.yaml",
                                  "extends: tiny\n"
                                  "barrier:\n"
                                  "  model: table\n"
                                  "  latency_ps: ~\n"
                                  "  table:\n"
                                  "    - {tiles: 1, latency_ps: 2000}\n"
                                  "    - {tiles: 5, latency_ps: 10000}\n"));
  EXPECT_EQ(a.barrier.model, BarrierParams::Model::Table);
  EXPECT_EQ(a.barrier.latency_cycles(3), 6u);  // 2 + 8 * 2 / 4
}

TEST_F(ArchLoaderTest, OverrideWithNullDropsAKey) {
  const ArchParams a =
      load("loihi", {"barrier.model=fixed", "barrier.table=~", "barrier.latency_ps=300"});
  EXPECT_EQ(a.barrier.model, BarrierParams::Model::Fixed);
  EXPECT_EQ(a.barrier.latency_cycles(32), 3u);
}

TEST_F(ArchLoaderTest, BarrierTableMustAscendInTiles) {
  const std::string f = write("f.yaml",
                              "extends: loihi\nbarrier:\n  table:\n"
                              "    - {tiles: 4, latency_ps: 1000}\n"
                              "    - {tiles: 4, latency_ps: 2000}\n");
  EXPECT_EQ(error_of(f), f + ":5: barrier.table[1].tiles: must be greater than the previous "
                             "point's tiles (4), found 4");
}

TEST_F(ArchLoaderTest, BarrierTableMustNotBeEmpty) {
  EXPECT_EQ(error_of("loihi", {"barrier.table=[]"}),
            "--set barrier.table=[]: barrier.table: must list at least one {tiles, latency_ps} "
            "point");
}

TEST_F(ArchLoaderTest, RootThatIsNotAMapIsAnError) {
  const std::string f = write("f.yaml", "- 1\n");
  EXPECT_EQ(error_of(f), f + ":1: expected a map of keys, found a sequence");
}

TEST_F(ArchLoaderTest, ResolvedTreeDropsExtends) {
  const ConfigNode t = resolve_arch_tree(write("f.yaml", "extends: tiny\n"), {});
  EXPECT_EQ(t.find("extends"), nullptr);
  EXPECT_EQ(t.find("name")->scalar(), "f");
}

// Compares every field read from an architecture file.
void expect_same(const ArchParams& a, const ArchParams& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.description, b.description);
  EXPECT_EQ(a.chip.cores(), b.chip.cores());
  EXPECT_EQ(a.chip.mesh_width, b.chip.mesh_width);
  EXPECT_EQ(a.chip.clock_period_ps, b.chip.clock_period_ps);
  EXPECT_EQ(a.chip.static_power_mw, b.chip.static_power_mw);
  EXPECT_EQ(a.core.model, b.core.model);
  EXPECT_EQ(a.core.capacity.synapse_memory_bits, b.core.capacity.synapse_memory_bits);
  EXPECT_EQ(a.core.capacity.delay_bits, b.core.capacity.delay_bits);
  EXPECT_EQ(a.core.timing.synop_cycles, b.core.timing.synop_cycles);
  EXPECT_EQ(a.core.timing.neuron_update_idle_cycles, b.core.timing.neuron_update_idle_cycles);
  EXPECT_EQ(a.core.energy.synop_pj, b.core.energy.synop_pj);
  EXPECT_EQ(a.core.energy.neuron_update_active_pj, b.core.energy.neuron_update_active_pj);
  EXPECT_EQ(a.noc.buffer_depth_flits, b.noc.buffer_depth_flits);
  EXPECT_EQ(a.noc.routing, b.noc.routing);
  EXPECT_EQ(a.noc.hop_north_south_cycles, b.noc.hop_north_south_cycles);
  EXPECT_EQ(a.noc.local_delivery_pj, b.noc.local_delivery_pj);
  EXPECT_EQ(a.barrier.model, b.barrier.model);
  EXPECT_EQ(a.barrier.fixed_cycles, b.barrier.fixed_cycles);
  ASSERT_EQ(a.barrier.table.size(), b.barrier.table.size());
  for (std::size_t i = 0; i < a.barrier.table.size(); ++i) {
    EXPECT_EQ(a.barrier.table[i].tiles, b.barrier.table[i].tiles);
    EXPECT_EQ(a.barrier.table[i].cycles, b.barrier.table[i].cycles);
  }
}

TEST_F(ArchLoaderTest, DumpedConfigReadsBackToTheSameParameters) {
  for (const char* preset : {"loihi", "tiny"}) {
    SCOPED_TRACE(preset);
    const ConfigNode resolved = resolve_arch_tree(preset, {"noc.routing=yx"});
    const ConfigNode again = ConfigNode::parse(resolved.to_yaml(), "dump.yaml");
    expect_same(read_arch(resolved, "x"), read_arch(again, "y"));
    EXPECT_EQ(read_arch(again, "y").noc.routing, RoutingAlgorithm::YX);
  }
}

TEST_F(ArchLoaderTest, LoadingThePresetFileFromDiskEqualsThePreset) {
  expect_same(load(std::string(NM_SOURCE_DIR) + "/configs/arch/loihi.yaml"), load("loihi"));
}

}  // namespace
}  // namespace nm

namespace nm {
namespace {

class TrueNorthPresetTest : public ArchLoaderTest {};

TEST_F(TrueNorthPresetTest, HasThePublishedStructureAndComponentEnergies) {
  const ArchParams a = load("truenorth");
  EXPECT_EQ(a.core.model, "truenorth");
  EXPECT_EQ(a.chip.cores(), 4096u);
  EXPECT_EQ(a.core.capacity.neurons, 256u);
  EXPECT_EQ(a.core.capacity.input_axons, 256u);
  EXPECT_EQ(a.chip.tick_cycles * a.chip.clock_period_ps, 1'000'000'000u);  // 1 ms
  EXPECT_DOUBLE_EQ(a.noc.hop_east_west_pj, 2.3);
  EXPECT_DOUBLE_EQ(a.noc.hop_north_south_pj, 2.3);
  EXPECT_NEAR(a.chip.static_power_mw / 4096 * 1000, 10.3, 0.05);  // about 10 uW per core
  EXPECT_EQ(a.noc.packet_offset_bits, 9u);
}

TEST_F(TrueNorthPresetTest, RefusesHopLatencyThatLeavesTheTick) {
  // 63 + 63 hops of 8 us each are more than the 1 ms tick.
  EXPECT_NE(error_of("truenorth", {"noc.hop_east_west_ps=8000000",
                                   "noc.hop_north_south_ps=8000000",
                                   "noc.watchdog_cycles=0"})
                .find("not within chip.tick_ps"),
            std::string::npos);
  // 7 us per hop still fits (126 x 7 us = 0.882 ms).
  EXPECT_EQ(error_of("truenorth", {"noc.hop_east_west_ps=7000000",
                                   "noc.hop_north_south_ps=7000000",
                                   "noc.watchdog_cycles=0"}),
            "<no UserError>");
}

TEST_F(TrueNorthPresetTest, RefusesMulticastOnTrueNorthCores) {
  EXPECT_NE(error_of("truenorth", {"noc.multicast=true"}).find("multicast"), std::string::npos);
}

}  // namespace
}  // namespace nm
