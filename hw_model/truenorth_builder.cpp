#include "hw_model/truenorth_builder.h"

#include <string>

#include "common/errors.h"
#include "hw_model/chip_builder.h"
#include "noc/truenorth_packet.h"

namespace nm {

namespace {

std::string neuron_name(const SnnNetwork& net, NeuronId n) {
  const Population& p = net.population_of(n);
  return p.name + "[" + std::to_string(n - p.first_id) + "]";
}

void add_slots(const SnnNetwork& net, const Mapping& mapping, std::uint64_t run_seed,
               std::vector<TrueNorthImage>& images) {
  std::vector<std::uint32_t> count(images.size(), 0);
  for (NeuronId n = 0; n < net.neuron_count(); ++n) ++count[mapping.core_of[n]];
  for (std::size_t k = 0; k < images.size(); ++k) {
    if (count[k] > kTnNeurons)
      throw CapacityError("core " + std::to_string(k) + " needs " + std::to_string(count[k]) +
                          " neurons; a TrueNorth core has " + std::to_string(kTnNeurons) +
                          " (binding resource: neurons)");
    images[k].resize(count[k]);
    images[k].prng_seed = run_seed;
  }
  for (const Population& pop : net.populations) {
    if (pop.model == Population::Model::LoihiLif)
      throw UserError("population '" + pop.name +
                      "' uses model loihi_lif, but core.model is truenorth: give it "
                      "model: truenorth");
    for (std::uint32_t i = 0; i < pop.size; ++i) {
      const NeuronId n = pop.first_id + i;
      TrueNorthImage& img = images[mapping.core_of[n]];
      const std::uint32_t c = mapping.compartment_of[n];
      if (place_common_fields(img, c, pop, i, run_seed)) continue;
      img.params[c] = pop.truenorth[i].params;
      img.v0[c] = pop.truenorth[i].v0;
    }
    for (std::uint32_t i : pop.record_voltage) {
      const NeuronId n = pop.first_id + i;
      images[mapping.core_of[n]].record_voltage[mapping.compartment_of[n]] = 1;
    }
  }
}

TileCoord tile_of(const ArchParams& arch, CoreId k) {
  const std::uint32_t tile = k / arch.chip.cores_per_tile;
  return {static_cast<int>(tile % arch.chip.mesh_width),
          static_cast<int>(tile / arch.chip.mesh_width)};
}

// Checks that the target's packet encodes (dx, dy within 9 bits signed).
void check_reach(const SnnNetwork& net, const ArchParams& arch, NeuronId n, CoreId src,
                 const TnTarget& t) {
  const TileCoord a = tile_of(arch, src), b = tile_of(arch, t.core);
  try {
    encode_tn_packet({b.x - a.x, b.y - a.y, t.axon, 0, 0});  // tick field: any
  } catch (const UserError& e) {
    throw UserError("neuron " + neuron_name(net, n) + " on core " + std::to_string(src) +
                    " cannot reach core " + std::to_string(t.core) + ": " + e.what());
  }
}

void add_axons_and_targets(const SnnNetwork& net, const Mapping& mapping, const ArchParams& arch,
                           std::vector<TrueNorthImage>& images) {
  std::vector<std::uint32_t> next_axon(images.size(), 0);
  std::vector<TnTarget> target(net.neuron_count());
  std::vector<std::uint32_t> delay_of(net.neuron_count(), 0);
  for (const Synapse& s : net.synapses) {
    const CoreId dst = mapping.core_of[s.post];
    const std::uint32_t type = net.projections.empty() ? 0 : net.projections[s.projection].axon_type;
    TnTarget& t = target[s.pre];
    if (!t.valid) {
      if (next_axon[dst] >= kTnAxons)
        throw CapacityError("core " + std::to_string(dst) + " needs more than " +
                            std::to_string(kTnAxons) +
                            " axons (binding resource: input axons); first refused source: " +
                            neuron_name(net, s.pre));
      t = {true, dst, next_axon[dst]++, 1 + s.delay};
      delay_of[s.pre] = s.delay;
      images[dst].crossbar.set_axon_type(t.axon, type);
    } else if (t.core != dst) {
      throw CapacityError("neuron " + neuron_name(net, s.pre) + " reaches cores " +
                          std::to_string(t.core) + " and " + std::to_string(dst) +
                          ", but a TrueNorth neuron has one target (binding resource: "
                          "one target per neuron; fan-out needs splitter neurons)");
    } else if (images[dst].crossbar.axon_type(t.axon) != type) {
      throw UserError("neuron " + neuron_name(net, s.pre) + " reaches core " +
                      std::to_string(dst) + " through axon types " +
                      std::to_string(images[dst].crossbar.axon_type(t.axon)) + " and " +
                      std::to_string(type) + "; one axon has one type");
    }
    if (s.delay != delay_of[s.pre])
      throw UserError("neuron " + neuron_name(net, s.pre) + " has synapses with delays " +
                      std::to_string(delay_of[s.pre]) + " and " + std::to_string(s.delay) +
                      "; a TrueNorth neuron's one target has one delivery delay");
    if (t.delay_ticks > kTnMaxDelayTicks)
      throw UserError("neuron " + neuron_name(net, s.pre) + " needs a delay of " +
                      std::to_string(t.delay_ticks) + " ticks; the axon scheduler holds 1.." +
                      std::to_string(kTnMaxDelayTicks));
    images[dst].crossbar.connect(t.axon, mapping.compartment_of[s.post]);
  }
  for (NeuronId n = 0; n < net.neuron_count(); ++n) {
    if (!target[n].valid) continue;
    const CoreId src = mapping.core_of[n];
    check_reach(net, arch, n, src, target[n]);
    images[src].targets[mapping.compartment_of[n]] = target[n];
  }
}

}  // namespace

std::vector<TrueNorthImage> build_truenorth_images(const SnnNetwork& net, const Mapping& mapping,
                                                   const ArchParams& arch,
                                                   std::uint64_t run_seed) {
  std::vector<TrueNorthImage> images(arch.chip.cores());
  add_slots(net, mapping, run_seed, images);
  add_axons_and_targets(net, mapping, arch, images);
  return images;
}

}  // namespace nm
