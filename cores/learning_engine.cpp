#include "cores/learning_engine.h"

#include <algorithm>
#include <utility>

#include "common/errors.h"
#include "cores/learning_evaluator.h"

namespace nm {

namespace {

// History layout: for item i and trace k of n traces per item, step t (1..T) at
// [(i * n + k) * T + t - 1].
std::size_t at(std::size_t item, std::size_t trace, std::size_t traces, std::uint32_t T,
               std::uint32_t t) {
  return (item * traces + trace) * T + t - 1;
}

// Rebuilds one trace's history over an epoch of T steps from `start`: decay, then the impulse
// at step `spike` (0 = none). Returns the epoch-end value.
std::uint8_t rebuild(std::uint8_t start, std::uint8_t spike, const TraceParams& p,
                     std::uint32_t T, std::uint8_t* hist, Rng& rng) {
  if (start == 0 && (spike == 0 || !p.active())) return 0;  // stays 0, no draw (hist is zeroed)
  std::uint8_t v = start;
  for (std::uint32_t t = 1; t <= T; ++t) {
    v = trace_decay(v, p, rng);
    if (t == spike && p.active()) v = trace_impulse(v, p, rng);
    hist[t - 1] = v;
  }
  return v;
}

std::int32_t clip_weight(std::int32_t w, const WeightEncoding& enc) {
  const std::int32_t lo = min_mantissa(enc.sign), hi = max_mantissa(enc.sign);
  std::int32_t v = truncate_mantissa(std::clamp(w, lo, hi), enc.weight_bits);
  if (v < lo) v += 1 << (8 - enc.weight_bits);  // inhibitory -255 floors below the range
  return v;
}

}  // namespace

LearningEngine::LearningEngine(LearningImage image, std::uint32_t axons,
                               std::uint32_t compartments, std::uint32_t max_delay_steps)
    : image_(std::move(image)),
      max_delay_steps_(max_delay_steps),
      groups_(image_.groups.size()),
      post_groups_(compartments),
      rng_(image_.rng_seed, "learning") {
  std::stable_sort(image_.synapses.begin(), image_.synapses.end(),
                   [](const PlasticSynapse& a, const PlasticSynapse& b) { return a.group < b.group; });
  std::vector<std::vector<AxonHook>> hooks(axons);
  for (std::uint32_t g = 0; g < groups_.size(); ++g) {
    if (image_.groups[g].epoch_steps < 1 || image_.groups[g].epoch_steps > 63)
      throw InternalError("LearningEngine: epoch_steps outside 1..63");
    Group& grp = groups_[g];
    grp.slot_of_axon.assign(axons, kNone);
    grp.has_post.assign(compartments, 0);
    grp.post.assign(compartments, Post{});
    grp.first_synapse = image_.synapses.size();
    for (std::size_t k = 0; k < image_.synapses.size(); ++k) {
      const PlasticSynapse& s = image_.synapses[k];
      if (s.group != g) continue;
      if (s.axon >= axons || s.compartment >= compartments)
        throw InternalError("LearningEngine: synapse outside the core");
      if (grp.first_synapse == image_.synapses.size()) grp.first_synapse = k;
      grp.end_synapse = k + 1;
      if (grp.slot_of_axon[s.axon] == kNone) {
        grp.slot_of_axon[s.axon] = static_cast<std::uint32_t>(grp.pre.size());
        grp.pre.emplace_back();
        hooks[s.axon].push_back({g, grp.slot_of_axon[s.axon]});
      }
      if (!grp.has_post[s.compartment]) post_groups_[s.compartment].push_back(g);
      grp.has_post[s.compartment] = 1;
    }
    if (grp.end_synapse == 0) grp.first_synapse = 0;
    grp.synapses_of_slot.resize(grp.pre.size());
    grp.synapses_of_post.resize(compartments);
    for (std::size_t k = grp.first_synapse; k < grp.end_synapse; ++k) {
      const PlasticSynapse& s = image_.synapses[k];
      grp.synapses_of_slot[grp.slot_of_axon[s.axon]].push_back(static_cast<std::uint32_t>(k));
      grp.synapses_of_post[s.compartment].push_back(static_cast<std::uint32_t>(k));
    }
    for (const RuleEquation& e : image_.groups[g].rule.equations)
      for (const RuleProduct& p : e.products) {
        grp.uses_pre |= p.dependency == RuleDependency::Pre;
        grp.uses_post |= p.dependency == RuleDependency::Post;
      }
  }
  candidate_mark_.assign(image_.synapses.size(), 0);
  for (const RewardAxon& r : image_.reward_axons) {
    if (r.axon >= axons || r.group >= groups_.size())
      throw InternalError("LearningEngine: reward axon outside the core");
    hooks[r.axon].push_back({r.group, kNone});
  }
  hook_offsets_.assign(axons + 1, 0);
  for (std::uint32_t a = 0; a < axons; ++a) {
    hook_offsets_[a + 1] = hook_offsets_[a] + static_cast<std::uint32_t>(hooks[a].size());
    hooks_.insert(hooks_.end(), hooks[a].begin(), hooks[a].end());
  }
}

std::uint8_t LearningEngine::within_epoch(std::uint32_t g, std::uint64_t step) const {
  return static_cast<std::uint8_t>((step - 1) % image_.groups[g].epoch_steps + 1);
}

void LearningEngine::on_axon_spike(std::uint32_t axon, std::uint64_t step) {
  for (std::uint32_t k = hook_offsets_[axon]; k < hook_offsets_[axon + 1]; ++k) {
    const AxonHook& h = hooks_[k];
    const PlasticGroupSpec& spec = image_.groups[h.group];
    Group& grp = groups_[h.group];
    if (h.slot == kNone) {  // reward: an earlier reward in this epoch counts at once
      if (grp.tr != 0) grp.r1 = trace_impulse(grp.r1, spec.r1, rng_);
      grp.tr = within_epoch(h.group, step);
      continue;
    }
    Pre& p = grp.pre[h.slot];
    if (p.tx != 0) {  // a repeat spike in the epoch: its impulse counts at once, its time is lost
      p.x1 = trace_impulse(p.x1, spec.x1, rng_);
      p.x2 = trace_impulse(p.x2, spec.x2, rng_);
    } else {
      grp.fired_slots.push_back(h.slot);
    }
    p.tx = within_epoch(h.group, step);
  }
}

void LearningEngine::on_post_spike(std::uint32_t compartment, std::uint64_t step) {
  for (std::uint32_t g : post_groups_[compartment]) {
    const PlasticGroupSpec& spec = image_.groups[g];
    Post& p = groups_[g].post[compartment];
    if (p.ty != 0) {
      p.y1 = trace_impulse(p.y1, spec.y1, rng_);
      p.y2 = trace_impulse(p.y2, spec.y2, rng_);
      p.y3 = trace_impulse(p.y3, spec.y3, rng_);
    } else {
      groups_[g].fired_posts.push_back(compartment);
    }
    p.ty = within_epoch(g, step);
  }
}

void LearningEngine::rebuild_histories(std::uint32_t g) {
  const PlasticGroupSpec& spec = image_.groups[g];
  Group& grp = groups_[g];
  const std::uint32_t T = spec.epoch_steps;
  grp.pre_hist.assign(grp.pre.size() * 2 * T, 0);
  for (std::size_t i = 0; i < grp.pre.size(); ++i) {
    Pre& p = grp.pre[i];
    p.x1 = rebuild(p.x1, p.tx, spec.x1, T, &grp.pre_hist[at(i, 0, 2, T, 1)], rng_);
    p.x2 = rebuild(p.x2, p.tx, spec.x2, T, &grp.pre_hist[at(i, 1, 2, T, 1)], rng_);
  }
  grp.post_hist.assign(grp.post.size() * 3 * T, 0);
  for (std::size_t c = 0; c < grp.post.size(); ++c) {
    if (!grp.has_post[c]) continue;
    Post& p = grp.post[c];
    p.y1 = rebuild(p.y1, p.ty, spec.y1, T, &grp.post_hist[at(c, 0, 3, T, 1)], rng_);
    p.y2 = rebuild(p.y2, p.ty, spec.y2, T, &grp.post_hist[at(c, 1, 3, T, 1)], rng_);
    p.y3 = rebuild(p.y3, p.ty, spec.y3, T, &grp.post_hist[at(c, 2, 3, T, 1)], rng_);
  }
  grp.r_hist.assign(T, 0);
  grp.r1 = rebuild(grp.r1, grp.tr, spec.r1, T, grp.r_hist.data(), rng_);
}

void LearningEngine::evaluate_synapse(std::uint32_t g, PlasticSynapse& s,
                                      std::uint64_t epoch_index, SynapseMemory& memory,
                                      LearningOutcome& out) {
  const PlasticGroupSpec& spec = image_.groups[g];
  const Group& grp = groups_[g];
  const std::uint32_t T = spec.epoch_steps;
  const std::uint32_t slot = grp.slot_of_axon[s.axon];
  const std::uint8_t tx = grp.pre[slot].tx, ty = grp.post[s.compartment].ty;
  RuleInputs in;
  in.x0 = tx != 0;
  in.y0 = ty != 0;
  in.epoch_index = epoch_index;
  if (!rule_active(spec.rule, in)) return;
  ++out.synapse_updates;
  auto sample = [&](std::uint32_t t) {
    TraceSample v;
    v.x1 = grp.pre_hist[at(slot, 0, 2, T, t)];
    v.x2 = grp.pre_hist[at(slot, 1, 2, T, t)];
    v.y1 = grp.post_hist[at(s.compartment, 0, 3, T, t)];
    v.y2 = grp.post_hist[at(s.compartment, 1, 3, T, t)];
    v.y3 = grp.post_hist[at(s.compartment, 2, 3, T, t)];
    v.r1 = grp.r_hist[t - 1];
    return v;
  };
  if (in.x0) in.at_pre = sample(tx);
  if (in.y0) in.at_post = sample(ty);
  in.at_end = sample(T);
  in.w = s.weight;
  in.d = s.delay;
  in.t = s.tag;
  // Every equation reads the state before this epoch's update.
  std::int32_t w = s.weight, d = s.delay, tag = s.tag;
  for (const RuleEquation& eq : spec.rule.equations) {
    const std::int32_t current = eq.target == RuleTarget::Weight  ? in.w
                                 : eq.target == RuleTarget::Delay ? in.d
                                                                  : in.t;
    const std::uint32_t precision =
        eq.target == RuleTarget::Weight ? 8 - spec.encoding.weight_bits : 0;
    const std::int32_t v = round_accumulator(accumulate(eq, current, in), precision, rng_);
    if (eq.target == RuleTarget::Weight) w = clip_weight(v, spec.encoding);
    if (eq.target == RuleTarget::Delay)
      d = std::clamp<std::int32_t>(v, 0, static_cast<std::int32_t>(max_delay_steps_));
    if (eq.target == RuleTarget::Tag) tag = std::clamp<std::int32_t>(v, -256, 255);
  }
  if (w != s.weight) {
    s.weight = w;
    memory.set_weight(s.entry, static_cast<std::int32_t>(effective_weight(w, spec.encoding)));
  }
  if (d != s.delay) {
    s.delay = static_cast<std::uint16_t>(d);
    memory.set_delay(s.entry, s.delay);
  }
  s.tag = tag;
}

void LearningEngine::evaluate_epoch(std::uint32_t g, std::uint64_t epoch_index,
                                    SynapseMemory& memory, LearningOutcome& out) {
  Group& grp = groups_[g];
  RuleInputs due;  // neither pre nor post fired: is some u_k product due this epoch?
  due.epoch_index = epoch_index;
  if (rule_active(image_.groups[g].rule, due)) {
    for (std::size_t k = grp.first_synapse; k < grp.end_synapse; ++k)
      evaluate_synapse(g, image_.synapses[k], epoch_index, memory, out);
    return;
  }
  // Only x0 / y0 products can fire: the synapses of spiking pre axons and spiking posts.
  candidates_.clear();
  auto add = [&](const std::vector<std::uint32_t>& list) {
    for (std::uint32_t k : list)
      if (!candidate_mark_[k]) {
        candidate_mark_[k] = 1;
        candidates_.push_back(k);
      }
  };
  if (grp.uses_pre)
    for (std::uint32_t slot : grp.fired_slots) add(grp.synapses_of_slot[slot]);
  if (grp.uses_post)
    for (std::uint32_t c : grp.fired_posts) add(grp.synapses_of_post[c]);
  std::sort(candidates_.begin(), candidates_.end());
  for (std::uint32_t k : candidates_) {
    candidate_mark_[k] = 0;
    evaluate_synapse(g, image_.synapses[k], epoch_index, memory, out);
  }
}

void LearningEngine::end_epoch(std::uint32_t g) {
  Group& grp = groups_[g];
  for (std::uint32_t slot : grp.fired_slots) grp.pre[slot].tx = 0;
  for (std::uint32_t c : grp.fired_posts) grp.post[c].ty = 0;
  grp.fired_slots.clear();
  grp.fired_posts.clear();
  grp.tr = 0;
}

LearningOutcome LearningEngine::learn(std::uint64_t step, SynapseMemory& memory,
                                      bool update_synapses) {
  LearningOutcome out;
  for (std::uint32_t g = 0; g < groups_.size(); ++g) {
    const std::uint32_t T = image_.groups[g].epoch_steps;
    if (step == 0 || step % T != 0) continue;
    out.epoch_end = true;
    rebuild_histories(g);
    if (update_synapses) evaluate_epoch(g, step / T, memory, out);
    end_epoch(g);
  }
  return out;
}

std::uint8_t LearningEngine::x1(std::uint32_t g, std::uint32_t axon) const {
  const std::uint32_t slot = groups_[g].slot_of_axon[axon];
  return slot == kNone ? 0 : groups_[g].pre[slot].x1;
}

std::uint8_t LearningEngine::y1(std::uint32_t g, std::uint32_t compartment) const {
  return groups_[g].post[compartment].y1;
}

}  // namespace nm
