/**
 * The read stage on other processes and machines: Spring Batch Integration's remote
 * partitioning, the partitions carried by PostgreSQL itself (Spring Integration's JDBC
 * channel message store), the manager polling the job repository, and a watch that tells
 * a lost worker from a slow one by the PostgreSQL session that holds its partition.
 */
package yearbook.worker;
