// A real hashicorp/yamux + ugorji msgpack net/rpc peer for the interop tests.
//
// yamux is the revision upstream Packer 1.6.6 pinned. Its ugorji pin (the 2015 snapshot
// v0.0.0-20151218193438-646ae4a518c1) panics at init under current Go toolchains
// ("encoding alphabet includes duplicate symbols" in codec/gen.go), so the codec is
// ugorji 1.2.x as in Debian's packer 1.6.6 build (which produced the captured traces)
// and packer-plugin-sdk (v1.2.6).
module image-build/go-peer

go 1.13

require (
	github.com/hashicorp/yamux v0.0.0-20181012175058-2f1d1f20f75d
	github.com/ugorji/go/codec v1.2.6
)
