module burrowport

go 1.19
