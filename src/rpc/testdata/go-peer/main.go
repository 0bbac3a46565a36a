// go-peer dials a unix socket and speaks Packer's plugin transport on it:
// hashicorp/yamux (role "client" or "server"), the MuxBroker id preamble and
// net/rpc with ugorji's GoRpc msgpack codec, configured as Packer does.
// The TypeScript interop test drives it; it never initiates anything on its
// own except when asked through an RPC, so the test owns the script.
package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/rpc"
	"os"
	"time"

	"github.com/hashicorp/yamux"
	"github.com/ugorji/go/codec"
)

// Broker ids the peer serves on streams the TypeScript side opens.
const (
	idEcho = 1 // echo every byte back, half-close after the peer's FIN
	idRPC  = 2 // net/rpc server with the Peer service
)

// As packer-plugin-sdk configures it; 1.2.x decodes str as string without Packer 1.6.6's
// RawToString option (removed from the codec).
var handle = &codec.MsgpackHandle{WriteExt: true}

func main() {
	if len(os.Args) != 3 {
		log.Fatalf("usage: go-peer client|server <unix socket>")
	}
	conn, err := net.Dial("unix", os.Args[2])
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	var sess *yamux.Session
	switch os.Args[1] {
	case "client":
		sess, err = yamux.Client(conn, nil)
	case "server":
		sess, err = yamux.Server(conn, nil)
	default:
		log.Fatalf("unknown role %q", os.Args[1])
	}
	if err != nil {
		log.Fatalf("yamux: %v", err)
	}
	srv := rpc.NewServer()
	if err := srv.Register(&Peer{sess: sess}); err != nil {
		log.Fatalf("register: %v", err)
	}
	for {
		st, err := sess.Accept()
		if err != nil {
			log.Printf("accept ended: %v", err)
			return
		}
		go serve(st, srv)
	}
}

// serve answers the MuxBroker preamble like mux_broker.go: read the id, ack it.
func serve(st net.Conn, srv *rpc.Server) {
	var id uint32
	if err := binary.Read(st, binary.LittleEndian, &id); err != nil {
		log.Printf("preamble: %v", err)
		st.Close()
		return
	}
	if err := binary.Write(st, binary.LittleEndian, id); err != nil {
		log.Printf("ack: %v", err)
		return
	}
	switch id {
	case idEcho:
		n, err := io.Copy(st, st)
		log.Printf("echo stream done: %d bytes, err=%v", n, err)
		st.Close()
	case idRPC:
		srv.ServeCodec(codec.GoRpc.ServerCodec(st, handle))
	default:
		log.Printf("unknown broker id %d", id)
		st.Close()
	}
}

// dial opens a stream and presents a broker id like MuxBroker.Dial.
func dial(sess *yamux.Session, id uint32) (net.Conn, error) {
	st, err := sess.Open()
	if err != nil {
		return nil, err
	}
	if err := binary.Write(st, binary.LittleEndian, id); err != nil {
		st.Close()
		return nil, err
	}
	var ack uint32
	if err := binary.Read(st, binary.LittleEndian, &ack); err != nil {
		st.Close()
		return nil, err
	}
	if ack != id {
		st.Close()
		return nil, fmt.Errorf("bad ack: %d", ack)
	}
	return st, nil
}

type Peer struct{ sess *yamux.Session }

type EchoArgs struct {
	Text  string
	N     int
	Bytes []byte
	Map   map[string]interface{}
}

type EchoReply struct {
	Text  string
	N     int
	Bytes []byte
	Map   map[string]interface{}
	Keys  []string
}

// Echo returns its argument, plus the map keys to prove decoding on the Go side.
func (p *Peer) Echo(args *EchoArgs, reply *EchoReply) error {
	reply.Text, reply.N, reply.Bytes, reply.Map = args.Text, args.N, args.Bytes, args.Map
	reply.Keys = []string{}
	for k := range args.Map {
		reply.Keys = append(reply.Keys, k)
	}
	return nil
}

// Fail returns its argument as the RPC error text.
func (p *Peer) Fail(msg string, reply *interface{}) error { return errors.New(msg) }

type CallBackArgs struct {
	Id   uint32
	Name string
}

// CallBack dials the caller's broker id and calls Ts.Greet and Ts.Fail on it.
func (p *Peer) CallBack(args *CallBackArgs, reply *[]string) error {
	conn, err := dial(p.sess, args.Id)
	if err != nil {
		return err
	}
	c := rpc.NewClientWithCodec(codec.GoRpc.ClientCodec(conn, handle))
	defer c.Close()
	var greeting string
	if err := c.Call("Ts.Greet", args.Name, &greeting); err != nil {
		return fmt.Errorf("Ts.Greet: %v", err)
	}
	var nothing interface{}
	failErr := c.Call("Ts.Fail", "boom from go", &nothing)
	failText := "<nil>"
	if failErr != nil {
		failText = failErr.Error()
	}
	*reply = []string{greeting, failText}
	return nil
}

type PumpArgs struct {
	Id   uint32
	Size int
}

type PumpReply struct {
	SentSum     string
	Received    int
	ReceivedSum string
}

// Pump dials the caller's broker id and writes Size patterned bytes while it reads what
// the caller sends until the caller's FIN; then it half-closes. (This yamux revision
// reports EOF to a reader as soon as its own side is closed and the buffer is empty, so
// closing before the read finished would cut the read short.)
func (p *Peer) Pump(args *PumpArgs, reply *PumpReply) error {
	conn, err := dial(p.sess, args.Id)
	if err != nil {
		return err
	}
	defer conn.Close()
	data := pattern(args.Size)
	sum := sha256.Sum256(data)
	reply.SentSum = hex.EncodeToString(sum[:])
	done := make(chan error, 1)
	go func() {
		_, err := conn.Write(data)
		done <- err
	}()
	h := sha256.New()
	n, err := io.Copy(h, conn)
	if err != nil {
		return fmt.Errorf("pump read: %v", err)
	}
	if err := <-done; err != nil {
		return fmt.Errorf("pump write: %v", err)
	}
	reply.Received = int(n)
	reply.ReceivedSum = hex.EncodeToString(h.Sum(nil))
	return nil
}

// Ping makes the Go session ping the TypeScript one and reports the RTT in ns.
func (p *Peer) Ping(args interface{}, reply *int64) error {
	d, err := p.sess.Ping()
	*reply = int64(d)
	return err
}

// Shutdown closes the Go session shortly after the reply has gone out.
func (p *Peer) Shutdown(args interface{}, reply *interface{}) error {
	time.AfterFunc(100*time.Millisecond, func() { p.sess.Close() })
	return nil
}

// pattern is the byte sequence both sides can regenerate: i*31+7 mod 251.
func pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte((i*31 + 7) % 251)
	}
	return b
}
