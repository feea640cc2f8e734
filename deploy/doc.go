// Package deploy holds what an operator installs: Kubernetes manifests, a
// systemd unit, a container image, Prometheus alerts, a Grafana dashboard,
// and the table definitions query engines need to read the archive. It has
// no Go code of its own; its tests check that the kit and the daemon agree.
package deploy
