#!/bin/sh
echo pp2.sh says hi
