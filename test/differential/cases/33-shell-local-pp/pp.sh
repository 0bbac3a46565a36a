#!/bin/sh
echo pp.sh says X=$X
