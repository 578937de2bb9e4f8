// A Swarm stack file (`docker stack deploy -c docker-stack.yml`) is compose syntax, but Swarm
// publishes every port on every node's interfaces: a host address is refused by `docker service
// create` ("HostIP is not supported by a service") and dropped by `docker stack deploy`
// (moby/moby#26696, #34851). Advice to write `127.0.0.1:8080:80` cannot be followed there, so
// publish.requireHostIp leaves a project alone when all its files are named as stack files.
// Files are told by name, as people tell them: `docker-stack.yml`, `stack.yml`, `stack.prod.yaml`.
const STACK_FILE = /(?:^|[-_.])stack(?:[-_.][^/]*)?\.ya?ml$/i;
export function isSwarmStackFile(path) {
    return STACK_FILE.test(path.slice(path.lastIndexOf("/") + 1));
}
