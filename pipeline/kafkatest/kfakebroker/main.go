// Command kfakebroker runs a one-broker kfake cluster in its own process,
// for tests whose broker must not share a race-instrumented, CPU-starved
// test binary (see kafkatest.StartProcess). It prints "ADDR host:port" on
// stdout once the broker listens, and stops when stdin closes or on
// SIGTERM/SIGINT.
//
//	kfakebroker -topic cdn-access:3 -topic voip-cdr:3
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/twmb/franz-go/pkg/kfake"
)

type topicsFlag []kfake.Opt

func (f *topicsFlag) String() string { return "" }

func (f *topicsFlag) Set(v string) error {
	name, n, ok := strings.Cut(v, ":")
	parts, err := strconv.Atoi(n)
	if !ok || name == "" || err != nil || parts < 1 {
		return fmt.Errorf("want NAME:PARTITIONS, e.g. in:3")
	}
	*f = append(*f, kfake.SeedTopics(int32(parts), name))
	return nil
}

func main() {
	var topics topicsFlag
	flag.Var(&topics, "topic", "a topic to create, NAME:PARTITIONS (repeatable)")
	flag.Parse()
	c, err := kfake.NewCluster(append([]kfake.Opt{kfake.NumBrokers(1), kfake.Ports(0)}, topics...)...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "kfakebroker:", err)
		os.Exit(1)
	}
	defer c.Close()
	fmt.Printf("ADDR %s\n", c.ListenAddrs()[0])

	stop := make(chan struct{}, 2)
	go func() { _, _ = io.Copy(io.Discard, os.Stdin); stop <- struct{}{} }()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	go func() { <-sig; stop <- struct{}{} }()
	<-stop
}
