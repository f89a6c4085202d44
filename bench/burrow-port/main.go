// A port of Burrow's partition evaluation (core/internal/evaluator/caching.go, v1.9.5), written for
// the lag bench: the same rules in the same order over the same 100,000-partition input that
// bench/lag.bench.mjs builds, so that both figures come from one machine at one moment. The data
// shapes follow Burrow's (pointers to offsets, a status struct per partition, a group status with
// the partition list and the max-lag partition). Prints one JSON line: CPU ms per evaluation
// (median of 5), the statuses and the peak RSS.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"syscall"
)

type consumerOffset struct {
	Offset    int64
	Timestamp int64
	Lag       *uint64 // nil when the commit was stored out of order
}

type consumerPartition struct {
	Offsets    []*consumerOffset // oldest first; nil slots (ring not yet full) come first
	CurrentLag uint64
}

type partitionStatus struct {
	Topic      string
	Partition  int32
	Status     string
	Start      *consumerOffset
	End        *consumerOffset
	CurrentLag uint64
	Complete   float32
}

type groupStatus struct {
	Status     string
	Complete   float32
	Partitions []*partitionStatus
	TotalLag   uint64
	Maxlag     *partitionStatus
}

const (
	partitions = 100_000
	window     = 10
	runs       = 5
	t0         = int64(1_700_000_000_000)
	step       = int64(30_000)
)

var rank = map[string]int{"OK": 0, "WARN": 1, "STOP": 2, "STALL": 2, "REWIND": 2}

func stopped(offsets []*consumerOffset, nowSeconds int64) bool {
	first, last := offsets[0].Timestamp, offsets[len(offsets)-1].Timestamp
	return nowSeconds*1000-last > last-first
}

func recentLagZero(offsets []*consumerOffset, brokerOffsets []int64) bool {
	newest := offsets[len(offsets)-1].Offset
	for _, b := range brokerOffsets {
		if b <= newest {
			return true
		}
	}
	return false
}

func rewound(offsets []*consumerOffset) bool {
	for i := 1; i < len(offsets); i++ {
		if offsets[i].Offset < offsets[i-1].Offset {
			for j := i; j < len(offsets); j++ {
				if offsets[j].Offset >= offsets[i-1].Offset {
					return false
				}
			}
			return true
		}
	}
	return false
}

func lagAlwaysNotZero(offsets []*consumerOffset, allowed uint64) bool {
	for _, o := range offsets {
		if o.Lag != nil && *o.Lag <= allowed {
			return false
		}
	}
	return true
}

func stalled(offsets []*consumerOffset) bool {
	for _, o := range offsets[1:] {
		if o.Offset != offsets[0].Offset {
			return false
		}
	}
	return true
}

func lagNotDecreasing(offsets []*consumerOffset) bool {
	var previous *uint64
	for _, o := range offsets {
		if o.Lag == nil {
			continue
		}
		if previous != nil && *o.Lag < *previous {
			return false
		}
		previous = o.Lag
	}
	return true
}

func evaluatePartition(topic string, id int32, p *consumerPartition, brokerOffsets []int64, nowSeconds int64) *partitionStatus {
	first := 0
	for first < len(p.Offsets)-1 && p.Offsets[first] == nil {
		first++
	}
	offsets := p.Offsets[first:]
	status := &partitionStatus{Topic: topic, Partition: id, Status: "OK", CurrentLag: p.CurrentLag}
	status.Complete = float32(len(offsets)) / float32(len(p.Offsets))
	if offsets[0] == nil {
		return status
	}
	status.Start, status.End = offsets[0], offsets[len(offsets)-1]
	switch {
	case p.CurrentLag == 0:
	case stopped(offsets, nowSeconds) && !recentLagZero(offsets, brokerOffsets):
		status.Status = "STOP"
	case rewound(offsets):
		status.Status = "REWIND"
	case lagAlwaysNotZero(offsets, 0):
		if stalled(offsets) {
			status.Status = "STALL"
		} else if lagNotDecreasing(offsets) {
			status.Status = "WARN"
		}
	}
	return status
}

type input struct {
	topics        []string
	byTopic       map[string][]*consumerPartition
	brokerOffsets map[string][][]int64
}

func evaluateGroup(in *input, nowSeconds int64) *groupStatus {
	group := &groupStatus{Status: "OK", Partitions: make([]*partitionStatus, 0, partitions)}
	whole := 0
	for _, topic := range in.topics {
		for id, p := range in.byTopic[topic] {
			s := evaluatePartition(topic, int32(id), p, in.brokerOffsets[topic][id], nowSeconds)
			group.Partitions = append(group.Partitions, s)
			if rank[s.Status] > rank[group.Status] {
				group.Status = s.Status
			}
			if s.Complete == 1 {
				whole++
			}
			group.TotalLag += s.CurrentLag
			if group.Maxlag == nil || s.CurrentLag > group.Maxlag.CurrentLag {
				group.Maxlag = s
			}
		}
	}
	if group.Status != "OK" && group.Status != "WARN" {
		group.Status = "ERR"
	}
	group.Complete = float32(whole) / float32(len(group.Partitions))
	return group
}

// The input of bench/lag.bench.mjs: per partition a producer rate and a consumer that keeps up,
// consumes at 70 % of the rate, or stops committing after three samples.
func build() *input {
	in := &input{byTopic: map[string][]*consumerPartition{}, brokerOffsets: map[string][][]int64{}}
	for t := 0; t < 50; t++ {
		in.topics = append(in.topics, fmt.Sprintf("topic-%d", t))
	}
	sort.Strings(in.topics)
	for i := 0; i < partitions; i++ {
		topic, partition := fmt.Sprintf("topic-%d", i%50), int64(i/50)
		rate, kind := int64(10+(i*7919)%1000), i%3
		logEnd := func(k int64) int64 { return 1_000_000 + rate*30*k }
		committed := func(k int64) int64 {
			behind := 1_000_000 - rate*200
			switch kind {
			case 0:
				return logEnd(k) - ((partition+k)%2)*10 - 1
			case 1:
				return behind + int64(float64(rate)*0.7)*30*k
			}
			if k > 3 {
				k = 3
			}
			return behind + rate*30*k
		}
		var commits []*consumerOffset
		broker := make([]int64, 0, window)
		for k := int64(0); k < window; k++ {
			end, c := logEnd(k), committed(k)
			if len(commits) == 0 || commits[len(commits)-1].Offset != c {
				lag := uint64(0)
				if end > c {
					lag = uint64(end - c)
				}
				commits = append(commits, &consumerOffset{Offset: c, Timestamp: t0 + k*step, Lag: &lag})
			}
			broker = append(broker, end)
		}
		ring := append(make([]*consumerOffset, window-len(commits)), commits...)
		current := uint64(0)
		if last := broker[window-1] - commits[len(commits)-1].Offset; last > 0 {
			current = uint64(last)
		}
		in.byTopic[topic] = append(in.byTopic[topic], &consumerPartition{Offsets: ring, CurrentLag: current})
		in.brokerOffsets[topic] = append(in.brokerOffsets[topic], broker)
	}
	return in
}

func cpuMs() float64 {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return float64(u.Utime.Nano()+u.Stime.Nano()) / 1e6
}

func main() {
	in := build()
	now := (t0 + window*step) / 1000
	times := make([]float64, 0, runs)
	var group *groupStatus
	for r := 0; r < runs; r++ {
		start := cpuMs()
		group = evaluateGroup(in, now)
		times = append(times, cpuMs()-start)
	}
	sort.Float64s(times)
	counts := map[string]int{}
	for _, p := range group.Partitions {
		counts[p.Status]++
	}
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	out, _ := json.Marshal(map[string]any{"cpuMs": times[runs/2], "group": group.Status, "counts": counts, "peakRssMiB": u.Maxrss / 1024})
	fmt.Fprintln(os.Stdout, string(out))
}
