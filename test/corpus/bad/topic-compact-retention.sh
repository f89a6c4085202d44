kafka-topics.sh --bootstrap-server kafka:9092 --create --topic customer-profiles \
  --partitions 12 --replication-factor 3 \
  --config cleanup.policy=compact \
  --config retention.ms=604800000 \
  --config min.insync.replicas=2
