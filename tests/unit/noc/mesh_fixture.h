// Shared set-up for NoC tests: a mesh with hand-picked latencies, driven by the plain EventDriver,
// and a sink that records every delivery.
#pragma once

#include <memory>
#include <vector>

#include <gtest/gtest.h>

#include "noc/event_driver.h"
#include "noc/mesh.h"

namespace nm::test {

struct Delivery {
  Flit flit;
  Cycle arrival;
};

class RecordingSink : public DeliverySink {
 public:
  void deliver(const Flit& f, Cycle arrival) override { log.push_back({f, arrival}); }
  std::vector<Delivery> log;
};

inline NocParams test_noc_params() {
  NocParams p;
  p.buffer_depth_flits = 2;
  p.link_cycles_per_flit = 1;
  p.hop_east_west_cycles = 4;
  p.hop_north_south_cycles = 7;
  p.local_delivery_cycles = 3;
  p.credit_return_cycles = 1;
  return p;
}

class MeshTest : public ::testing::Test {
 protected:
  void build(std::uint32_t w, std::uint32_t h, std::uint32_t cores_per_tile, NocParams p,
             bool lockstep = false) {
    mesh_ = std::make_unique<Mesh>(w, h, cores_per_tile, p);
    mesh_->set_sink(&sink_);
    driver_ = std::make_unique<EventDriver>(*mesh_, lockstep);
  }
  CoreId core_at(int x, int y, std::uint32_t slot = 0) const {
    return (static_cast<std::uint32_t>(y) * mesh_->width() + static_cast<std::uint32_t>(x)) *
               mesh_->local_ports() + slot;
  }
  std::unique_ptr<Mesh> mesh_;
  std::unique_ptr<EventDriver> driver_;
  RecordingSink sink_;
};

}  // namespace nm::test
